// Read-side code shared with the buyer's preview; it lives in lib/queries.
export { policyVersionInForce } from "@/lib/queries/policy-in-force";

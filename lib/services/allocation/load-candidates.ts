// The candidates' loader is read-side code shared by the buyer's preview and placing an order; it
// lives in lib/queries (which may not import lib/services). Kept here for the services' imports.
export * from "@/lib/queries/allocation/candidates";

// The interest helpers read bank rates and do pure arithmetic: read-side code shared with finance
// queries, so it lives in lib/queries (which may not import lib/services). Kept here for services.
export * from "@/lib/queries/interest";

import { redirect } from "next/navigation";
import type { SearchParams } from "@/components/ui/pagination";

/** Complaints became incidents (issue 18): old links and bookmarks land on the new form. */
export default async function OldComplaintForm({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const keep = new URLSearchParams();
  for (const key of ["purchaseOrderId", "supplyOrderId"]) {
    const value = params[key];
    const first = Array.isArray(value) ? value[0] : value;
    if (first) keep.set(key, first);
  }
  const query = keep.toString();
  redirect(`/buyer/incidents/new${query ? `?${query}` : ""}`);
}

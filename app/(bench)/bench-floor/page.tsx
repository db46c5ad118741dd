import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * Deliberately empty and linked from nowhere: bench/panchayat-pages.ts measures what the
 * framework and the root layout ship on every page of this build (the "floor"), to compare each
 * panchayat page against.
 */
export default function BenchFloorPage() {
  return null;
}

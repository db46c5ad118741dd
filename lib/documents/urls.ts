/** The site's public address, as printed in QR codes and open-data links (no trailing slash). */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_BASE_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

/** What a document's QR code opens: its public verification page. */
export function verifyUrl(documentId: string): string {
  return `${publicBaseUrl()}/verify/${documentId}`;
}

/** URL segment ↔ document kind, for /api/documents/<kind>/<entityId>. */
export const DOCUMENT_KIND_SLUGS = {
  "purchase-order": "PURCHASE_ORDER",
  "supply-order": "SUPPLY_ORDER",
  "inspection-certificate": "INSPECTION_CERTIFICATE",
  bill: "BILL",
  "payment-advice": "PAYMENT_ADVICE",
} as const;

export type DocumentKindSlug = keyof typeof DOCUMENT_KIND_SLUGS;

export function documentDownloadPath(kind: (typeof DOCUMENT_KIND_SLUGS)[DocumentKindSlug], entityId: string): string {
  const slug = Object.entries(DOCUMENT_KIND_SLUGS).find(([, k]) => k === kind)![0];
  return `/api/documents/${slug}/${entityId}`;
}

/** A purchase order's public page. Numbers contain slashes (PO/2026-27/000001): each part is encoded, the slashes kept. */
export function orderPath(number: string): string {
  return `/orders/${number.split("/").map(encodeURIComponent).join("/")}`;
}

/** One purchase order's OCDS release package. */
export function ocdsReleasePath(number: string): string {
  return `/api/ocds/releases/${number.split("/").map(encodeURIComponent).join("/")}`;
}

import { badRequest, publicEndpoint } from "@/lib/api/handler";
import { publicOrder } from "@/lib/api/v1/public";

export const dynamic = "force-dynamic";

/** GET /api/v1/orders/PO/2026-27/000001 (or with the slashes as %2F) — one purchase order's public record. */
export const GET = publicEndpoint(({ params }) => {
  const segments = Array.isArray(params.number) ? params.number : [String(params.number)];
  let number: string;
  try {
    number = segments.map((s) => decodeURIComponent(s)).join("/");
  } catch {
    throw badRequest("Invalid order number.");
  }
  return publicOrder(number);
});

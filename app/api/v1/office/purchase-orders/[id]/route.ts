import { notFoundError, tokenEndpoint } from "@/lib/api/handler";
import { apiPurchaseOrder } from "@/lib/queries/api-office";

export const dynamic = "force-dynamic";

/** GET /api/v1/office/purchase-orders/{id} — one of the office's purchase orders; another office's is 404. */
export const GET = tokenEndpoint("read:orders", async ({ params, token }) => {
  const order = await apiPurchaseOrder(token, String(params.id));
  if (!order) throw notFoundError();
  return order;
});

import { badRequest, enumParam, limitParam, tokenEndpoint } from "@/lib/api/handler";
import { PurchaseOrderStatus } from "@/lib/generated/prisma/enums";
import { apiPurchaseOrders } from "@/lib/queries/api-office";

export const dynamic = "force-dynamic";

/** GET /api/v1/office/purchase-orders — the token's office's purchase orders (scope read:orders). */
export const GET = tokenEndpoint("read:orders", async ({ url, token }) => {
  const page = await apiPurchaseOrders(token, { cursor: url.searchParams.get("cursor"), limit: limitParam(url), status: enumParam(url, "status", Object.values(PurchaseOrderStatus)) });
  if (!page) throw badRequest("Invalid cursor.");
  return page;
});

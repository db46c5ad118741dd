import { badRequest, enumParam, limitParam, tokenEndpoint } from "@/lib/api/handler";
import { SupplyOrderStatus } from "@/lib/generated/prisma/enums";
import { apiSupplyOrders } from "@/lib/queries/api-office";

export const dynamic = "force-dynamic";

/** GET /api/v1/office/supply-orders — supply orders of the office's purchase orders (scope read:orders). */
export const GET = tokenEndpoint("read:orders", async ({ url, token }) => {
  const page = await apiSupplyOrders(token, { cursor: url.searchParams.get("cursor"), limit: limitParam(url), status: enumParam(url, "status", Object.values(SupplyOrderStatus)) });
  if (!page) throw badRequest("Invalid cursor.");
  return page;
});

import { badRequest, enumParam, limitParam, tokenEndpoint } from "@/lib/api/handler";
import { BillStatus } from "@/lib/generated/prisma/enums";
import { apiBills } from "@/lib/queries/api-office";

export const dynamic = "force-dynamic";

/** GET /api/v1/office/bills — the office's bills, newest first (scope read:bills). */
export const GET = tokenEndpoint("read:bills", async ({ url, token }) => {
  const page = await apiBills(token, { cursor: url.searchParams.get("cursor"), limit: limitParam(url), status: enumParam(url, "status", Object.values(BillStatus)) });
  if (!page) throw badRequest("Invalid cursor.");
  return page;
});

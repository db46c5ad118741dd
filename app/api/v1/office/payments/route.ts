import { badRequest, limitParam, tokenEndpoint } from "@/lib/api/handler";
import { apiPayments } from "@/lib/queries/api-office";

export const dynamic = "force-dynamic";

/** GET /api/v1/office/payments — payments of the office's bills, latest first (scope read:payments). */
export const GET = tokenEndpoint("read:payments", async ({ url, token }) => {
  const page = await apiPayments(token, { cursor: url.searchParams.get("cursor"), limit: limitParam(url) });
  if (!page) throw badRequest("Invalid cursor.");
  return page;
});

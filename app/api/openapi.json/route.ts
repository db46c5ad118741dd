import { openApiDocument } from "@/lib/api/openapi";
import { publicBaseUrl } from "@/lib/documents/urls";

export const dynamic = "force-dynamic";

/** GET /api/openapi.json — the OpenAPI 3.1 description of the open API (docs/api.md; readable at /developers). */
export function GET() {
  return Response.json(openApiDocument(publicBaseUrl()), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}

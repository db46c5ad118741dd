import { publicEndpoint } from "@/lib/api/handler";
import { catalogueItem } from "@/lib/api/v1/public";

export const dynamic = "force-dynamic";

/** GET /api/v1/catalogue/items/{code} — one active catalogue item. */
export const GET = publicEndpoint(({ params }) => catalogueItem(String(params.code)));

import { publicEndpoint } from "@/lib/api/handler";
import { catalogueItems } from "@/lib/api/v1/public";

export const dynamic = "force-dynamic";

/** GET /api/v1/catalogue/items — the public catalogue search (docs/api.md). */
export const GET = publicEndpoint(({ url }) => catalogueItems(url));

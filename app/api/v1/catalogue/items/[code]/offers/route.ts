import { publicEndpoint } from "@/lib/api/handler";
import { itemOffers } from "@/lib/api/v1/public";

export const dynamic = "force-dynamic";

/** GET /api/v1/catalogue/items/{code}/offers — an item's public offers, cheapest first. */
export const GET = publicEndpoint(({ params, url }) => itemOffers(String(params.code), url));

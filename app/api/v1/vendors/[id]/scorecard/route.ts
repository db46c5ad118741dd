import { publicEndpoint } from "@/lib/api/handler";
import { vendorScorecard } from "@/lib/api/v1/public";

export const dynamic = "force-dynamic";

/** GET /api/v1/vendors/{id}/scorecard — a vendor's public scorecard. */
export const GET = publicEndpoint(({ params }) => vendorScorecard(String(params.id)));

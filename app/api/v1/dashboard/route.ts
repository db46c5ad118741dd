import { publicEndpoint } from "@/lib/api/handler";
import { dashboardFigures } from "@/lib/api/v1/public";

export const dynamic = "force-dynamic";

/** GET /api/v1/dashboard[?financialYear=2026-27] — the public spend dashboard's figures. */
export const GET = publicEndpoint(({ url }) => dashboardFigures(url), { cache: "public, max-age=60" });

import { limitParam, publicEndpoint } from "@/lib/api/handler";
import { orderRegister } from "@/lib/api/v1/public";

export const dynamic = "force-dynamic";

/** GET /api/v1/orders — the public order register, newest first. */
export const GET = publicEndpoint(({ url }) => orderRegister(url, limitParam(url, 25, 100)));

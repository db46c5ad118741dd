import { checkReadiness } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

/** Readiness: database reachable, this build's migrations applied, not shutting down (503 otherwise). */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "not-ready", ...readiness },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

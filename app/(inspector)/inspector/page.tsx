import { RoleWelcome } from "@/components/layout/role-welcome";
import { requireRole } from "@/lib/auth/session";

export default async function InspectorHome() {
  const actor = await requireRole("INSPECTOR");
  return <RoleWelcome actor={actor} />;
}

import { RoleWelcome } from "@/components/layout/role-welcome";
import { requireRole } from "@/lib/auth/session";

export default async function AdminHome() {
  const actor = await requireRole("ADMIN");
  return <RoleWelcome actor={actor} />;
}

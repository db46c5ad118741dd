import { RoleWelcome } from "@/components/layout/role-welcome";
import { requireRole } from "@/lib/auth/session";

export default async function FinanceHome() {
  const actor = await requireRole("FINANCE");
  return <RoleWelcome actor={actor} />;
}

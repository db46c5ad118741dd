import { RoleWelcome } from "@/components/layout/role-welcome";
import { requireRole } from "@/lib/auth/session";

export default async function BuyerHome() {
  const actor = await requireRole("BUYER");
  return <RoleWelcome actor={actor} />;
}

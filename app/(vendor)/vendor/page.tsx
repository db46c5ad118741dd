import { RoleWelcome } from "@/components/layout/role-welcome";
import { requireRole } from "@/lib/auth/session";

export default async function VendorHome() {
  const actor = await requireRole("VENDOR");
  return <RoleWelcome actor={actor} />;
}

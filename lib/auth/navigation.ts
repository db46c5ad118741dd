import type { Role } from "@/lib/generated/prisma/enums";

/** Each role's window menu; labels are keys under roles.nav in the message catalogues. */
export const ROLE_NAV: Record<Role, { href: string; key: string }[]> = {
  BUYER: [{ href: "/buyer", key: "home" }],
  VENDOR: [{ href: "/vendor", key: "home" }],
  INSPECTOR: [{ href: "/inspector", key: "home" }],
  FINANCE: [{ href: "/finance", key: "home" }],
  ADMIN: [{ href: "/admin", key: "home" }],
};

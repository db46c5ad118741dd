import type { Role } from "@/lib/generated/prisma/enums";

/** Each role's window menu; labels are keys under roles.nav in the message catalogues. */
export const ROLE_NAV: Record<Role, { href: string; key: string }[]> = {
  BUYER: [
    { href: "/buyer", key: "home" },
    { href: "/buyer/catalogue", key: "buy" },
    { href: "/buyer/cart", key: "cart" },
    { href: "/buyer/orders", key: "purchaseOrders" },
    { href: "/buyer/supply-orders", key: "supplyOrders" },
    { href: "/buyer/incidents", key: "incidents" },
    { href: "/settings/api-tokens", key: "apiTokens" },
  ],
  VENDOR: [
    { href: "/vendor", key: "home" },
    { href: "/vendor/offers/new", key: "newOffer" },
    { href: "/vendor/orders", key: "supplyOrders" },
    { href: "/vendor/dispatch", key: "dispatch" },
    { href: "/vendor/penalties", key: "penalties" },
    { href: "/vendor/incidents", key: "incidents" },
  ],
  INSPECTOR: [
    { href: "/inspector", key: "home" },
    { href: "/inspector?tab=done", key: "recordedInspections" },
    { href: "/inspector/incidents", key: "incidents" },
  ],
  FINANCE: [
    { href: "/finance", key: "home" },
    { href: "/finance/bills", key: "bills" },
    { href: "/finance/bills?tab=paid", key: "payments" },
    { href: "/finance/batches", key: "batches" },
    { href: "/finance/statements", key: "statements" },
    { href: "/finance/incidents", key: "incidents" },
    { href: "/settings/api-tokens", key: "apiTokens" },
  ],
  ADMIN: [
    { href: "/admin", key: "home" },
    { href: "/admin/vendors", key: "vendors" },
    { href: "/admin/catalogue", key: "catalogue" },
    { href: "/admin/policy", key: "policy" },
    { href: "/admin/risk-flags", key: "riskFlags" },
    { href: "/admin/incidents", key: "incidents" },
    { href: "/admin/bank-rates", key: "bankRates" },
    { href: "/admin/webhooks", key: "webhooks" },
    { href: "/settings/api-tokens", key: "apiTokens" },
  ],
};

import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { RoleShell } from "@/components/layout/role-shell";
import { requireRole } from "@/lib/auth/session";
import { ROLE_NAV } from "@/lib/auth/navigation";

export const dynamic = "force-dynamic";

export default async function Layout({ children }: { children: ReactNode }) {
  await requireRole("BUYER");
  const t = await getTranslations("roles");
  const nav = ROLE_NAV.BUYER.map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }));
  return <RoleShell title={t("BUYER.title")} nav={nav}>{children}</RoleShell>;
}

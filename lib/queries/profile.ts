import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/** The signed-in user's name and the name of the organisation scope they act for. */
export const getProfileSummary = cache(async (actor: Actor) => {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: {
      name: true,
      email: true,
      office: { select: { nameEn: true, nameHi: true, kind: true } },
      vendor: { select: { legalName: true, status: true } },
      agency: { select: { nameEn: true, nameHi: true } },
    },
  });
  const scope =
    user.office ? { en: user.office.nameEn, hi: user.office.nameHi }
    : user.vendor ? { en: user.vendor.legalName, hi: user.vendor.legalName }
    : user.agency ? { en: user.agency.nameEn, hi: user.agency.nameHi }
    : null;
  return { name: user.name, email: user.email, scope, officeKind: user.office?.kind ?? null, vendorStatus: user.vendor?.status ?? null };
});

"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { imposeVendorPenalty } from "@/lib/services/penalty/impose-vendor-penalty";
import { revokeVendorPenalty } from "@/lib/services/penalty/revoke-vendor-penalty";

// The service validated the id before anything was written, so it is a UUID here.
const back = (vendorId: string, done: string) => `/admin/vendors/${encodeURIComponent(vendorId)}/penalties?done=${done}`;

/** The admin records a warning, points, a suspension or a debarment, with the reason the vendor reads. */
export const imposePenaltyAction = formAction({
  access: "penalty.manage",
  input: z.object({
    vendorId: text(100),
    kind: text(20),
    points: text(10),
    months: text(10),
    reason: text(2000),
    seenPenalties: text(10),
  }),
  async run({ actor, input }) {
    await imposeVendorPenalty(actor, input);
    revalidatePath(`/admin/vendors/${input.vendorId}/penalties`);
    redirect(back(input.vendorId, "imposed"));
  },
});

/** The admin revokes a penalty in force, with the reason (an appeal upheld, a correction). */
export const revokePenaltyAction = formAction({
  access: "penalty.manage",
  input: z.object({ penaltyId: text(100), vendorId: text(100), reason: text(2000) }),
  async run({ actor, input }) {
    await revokeVendorPenalty(actor, { penaltyId: input.penaltyId, reason: input.reason });
    revalidatePath(`/admin/vendors/${input.vendorId}/penalties`);
    redirect(back(input.vendorId, "revoked"));
  },
});

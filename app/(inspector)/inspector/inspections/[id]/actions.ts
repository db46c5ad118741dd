"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/actions/define-action";
import { text } from "@/lib/actions/form-input";
import { recordInspection } from "@/lib/services/inspection/record-inspection";
import { uploadsOf } from "@/lib/storage/upload";

// Field names follow lib/domain/inspection/record.ts: checks.<line>:<spec>.observed|ok, quantities.<line>.accepted|rejected.
// FormInput.group keeps user-chosen names as keys of prototype-less objects (issue 13: a field
// named checks.__proto__.ok used to set Object.prototype.ok for the whole process).
const CHECK_KEY = /^[0-9a-f-]{36}:[^.]{1,100}$/i;
const LINE_ID = /^[0-9a-f-]{36}$/i;

export const recordInspectionAction = formAction({
  access: "inspection.record",
  input: z.object({ inspectionId: text(100), result: text(20), remarks: text(4000) }),
  async run({ actor, input, form }) {
    await recordInspection(actor, {
      ...input,
      checks: form.group("checks.", CHECK_KEY, ["observed", "ok"]),
      quantities: form.group("quantities.", LINE_ID, ["accepted", "rejected"]),
      photos: await uploadsOf(form.files("photos")),
    });
    revalidatePath("/inspector");
    redirect(`/inspector/inspections/${encodeURIComponent(input.inspectionId)}?recorded=1`);
  },
});

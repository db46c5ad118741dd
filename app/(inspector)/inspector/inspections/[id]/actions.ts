"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { formValues, toFormState, type FormState } from "@/lib/forms";
import { recordInspection, type RecordInspectionInput } from "@/lib/services/inspection/record-inspection";
import { uploadsFromForm } from "@/lib/storage/upload";

/** Field names follow lib/domain/inspection/record.ts: checks.<line>:<spec>.observed|ok, quantities.<line>.accepted|rejected. */
function inspectionInput(formData: FormData): Omit<RecordInspectionInput, "photos"> {
  const input: Omit<RecordInspectionInput, "photos"> = {
    inspectionId: String(formData.get("inspectionId") ?? ""),
    result: String(formData.get("result") ?? ""),
    remarks: String(formData.get("remarks") ?? ""),
    checks: {},
    quantities: {},
  };
  for (const [name, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const check = /^checks\.(.+)\.(observed|ok)$/.exec(name);
    if (check) (input.checks![check[1]] ??= {})[check[2] as "observed" | "ok"] = value;
    const quantity = /^quantities\.([0-9a-f-]{36})\.(accepted|rejected)$/i.exec(name);
    if (quantity) (input.quantities![quantity[1]] ??= {})[quantity[2] as "accepted" | "rejected"] = value;
  }
  return input;
}

export async function recordInspectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = inspectionInput(formData);
  try {
    await recordInspection(await getActor(), { ...input, photos: await uploadsFromForm(formData, "photos") });
  } catch (error) {
    return toFormState(error, formValues(formData));
  }
  revalidatePath("/inspector");
  redirect(`/inspector/inspections/${input.inspectionId}?recorded=1`);
}

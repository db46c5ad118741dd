"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/define-action";
import { anyFields } from "@/lib/actions/form-input";
import { ROLE_HOME } from "@/lib/auth/permissions";
import { clientIp } from "@/lib/auth/session";
import { uploadsOf } from "@/lib/storage/upload";
import { appealPenalty } from "@/lib/services/incident/appeal-penalty";
import { postIncidentMessage } from "@/lib/services/incident/post-message";
import { raiseIncident } from "@/lib/services/incident/raise-incident";
import { raisePublicIncident } from "@/lib/services/incident/raise-public-incident";
import { resolveIncident } from "@/lib/services/incident/resolve-incident";
import { withdrawIncident } from "@/lib/services/incident/withdraw-incident";

// Incidents (issue 18) are one conversation seen from four windows, so their actions live here
// once; each is checked against the matrix and the incident is loaded through the actor's scope.
const incidentPath = (role: keyof typeof ROLE_HOME, id: string) => `${ROLE_HOME[role]}/incidents/${encodeURIComponent(id)}`;

/** A buyer (about its office's supply order) or a vendor (about its own) raises an incident. */
export const raiseIncidentAction = formAction({
  access: "incident.raise",
  input: anyFields,
  async run({ actor, input, form }) {
    const { incidentId } = await raiseIncident(actor, input, await uploadsOf(form.files("attachments")));
    redirect(`${incidentPath(actor.role, incidentId)}?notice=raised`);
  },
});

/** A vendor appeals one of its penalties in force (the form asks first): the department decides. */
export const appealPenaltyAction = formAction({
  access: "penalty.appeal",
  input: anyFields,
  async run({ actor, input, form }) {
    const { incidentId } = await appealPenalty(actor, input, await uploadsOf(form.files("attachments")));
    revalidatePath("/vendor/penalties");
    redirect(`${incidentPath(actor.role, incidentId)}?notice=raised`);
  },
});

/** A message in the conversation; the respondent's first one is its response. */
export const postIncidentMessageAction = formAction({
  access: "incident.respond",
  input: anyFields,
  async run({ actor, input, form }) {
    await postIncidentMessage(actor, input, await uploadsOf(form.files("attachments")));
    const path = incidentPath(actor.role, input.incidentId ?? "");
    revalidatePath(path);
    redirect(`${path}?notice=message`);
  },
});

/** The raiser takes its incident back (irreversible: the form asks first). */
export const withdrawIncidentAction = formAction({
  access: "incident.withdraw",
  input: anyFields,
  async run({ actor, input }) {
    await withdrawIncident(actor, input);
    redirect(`${incidentPath(actor.role, input.incidentId ?? "")}?notice=withdrawn`);
  },
});

/** The industries department decides with an outcome (irreversible: the form asks first). */
export const resolveIncidentAction = formAction({
  access: "incident.resolve",
  input: anyFields,
  async run({ actor, input }) {
    await resolveIncident(actor, input);
    redirect(`${incidentPath(actor.role, input.incidentId ?? "")}?notice=resolved`);
  },
});

/** Anyone raises an incident about a published order: anonymous allowed, limited per address. */
export const raisePublicIncidentAction = formAction({
  access: "public",
  input: anyFields,
  async run({ input }) {
    const { number } = await raisePublicIncident(input, { ip: await clientIp() });
    redirect(`/orders/${input.purchaseOrderNumber ?? ""}?incident=${encodeURIComponent(number)}#incident`);
  },
});

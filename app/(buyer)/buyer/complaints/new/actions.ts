"use server";

import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/define-action";
import { anyFields } from "@/lib/actions/form-input";
import { raiseComplaint } from "@/lib/services/complaint/raise-complaint";

export const raiseComplaintAction = formAction({
  access: "complaint.raise",
  input: anyFields,
  async run({ actor, input }) {
    await raiseComplaint(actor, input);
    redirect(`/buyer/orders/${encodeURIComponent(input.purchaseOrderId ?? "")}?notice=complaint`);
  },
});

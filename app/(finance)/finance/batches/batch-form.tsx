"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { createPaymentBatchAction } from "./actions";

export type BatchableBill = { id: string; number: string; vendor: string; dueDate: string; amount: string; urgency: string; urgent: boolean };

export type BatchFormLabels = Record<"pick" | "bill" | "vendor" | "dueDate" | "netPayable" | "status" | "create" | "creating", string>;

/** Bills to put in a batch, most urgent first; overdue and due-soon ones come ticked. Labels come translated from the page. */
export function BatchForm({ bills, labels }: { bills: BatchableBill[]; labels: BatchFormLabels }) {
  const t = (key: keyof BatchFormLabels) => labels[key];
  const [state, action] = useActionState<FormState, FormData>(createPaymentBatchAction, {});
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">{t("pick")}</th>
              <th scope="col" className="p-2">{t("bill")}</th>
              <th scope="col" className="p-2">{t("vendor")}</th>
              <th scope="col" className="p-2">{t("dueDate")}</th>
              <th scope="col" className="p-2 text-right">{t("netPayable")}</th>
              <th scope="col" className="p-2">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {bills.map((b) => (
              <tr key={b.id} className="border-b">
                <td className="p-2">
                  <input type="checkbox" name="billId" value={b.id} id={`bill-${b.id}`} defaultChecked={b.urgent} className="h-5 w-5" />
                </td>
                <td className="p-2"><label htmlFor={`bill-${b.id}`} className="font-semibold">{b.number}</label></td>
                <td className="p-2">{b.vendor}</td>
                <td className="p-2">{b.dueDate}</td>
                <td className="p-2 text-right tabular-nums">{b.amount}</td>
                <td className="p-2">{b.urgency}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SubmitButton pendingLabel={t("creating")}>{t("create")}</SubmitButton>
    </form>
  );
}

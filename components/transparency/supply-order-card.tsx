import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Money } from "@/components/ui/money";
import { formatDateIst } from "@/lib/domain/format";
import { toUiLocale } from "@/lib/i18n/locale";
import type { PublicSupplyOrder } from "@/lib/queries/public-order";
import { AllocationReason } from "./allocation-reason";
import { DocumentLinks } from "./document-links";
import { FactList } from "./fact-list";
import { SupplyOrderStatusBadge } from "./status-badge";
import { unitLabel } from "@/lib/domain/units";

/** One supply order on the public order page: vendor, why it was chosen, and each step since. */
export function SupplyOrderCard({ so, today }: { so: PublicSupplyOrder; today: string }) {
  const t = useTranslations("orders.order");
  const locale = toUiLocale(useLocale());
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const day = (d: Date) => formatDateIst(d, locale);
  const bill = so.bill;
  const overdue = bill && bill.status === "PENDING" && bill.dueDate.toISOString().slice(0, 10) < today;
  return (
    <Card title={t("supplyOrder", { number: so.number })} headingLevel={3} actions={<SupplyOrderStatusBadge status={so.status} closedShort={so.lines.some((l) => l.shortClosedQty > 0)} />}>
      <FactList
        items={[
          {
            label: t("vendor"),
            value: (
              <>
                <Link href={`/vendors/${so.vendor.id}`} className="font-semibold">{so.vendor.legalName}</Link> ({name(so.vendor.district)}){" "}
                <span className="inline-flex flex-wrap gap-1 align-middle">
                  {so.vendor.local ? <Badge tone="info">{t("localMse")}</Badge> : null}
                </span>
              </>
            ),
          },
          { label: t("value"), value: <Money paise={so.valuePaise + so.gstPaise} /> },
          { label: t("deliverBy"), value: <DateIst value={so.deliverBy} /> },
          so.acceptedAt ? { label: t("acceptedOn"), value: <DateIst value={so.acceptedAt} withTime /> } : { label: t("acceptBy"), value: <DateIst value={so.acceptBy} withTime /> },
          ...(so.rejectReason ? [{ label: t("rejectReason"), value: so.rejectReason }] : []),
          ...(so.cancelReason ? [{ label: t("cancelReason"), value: so.cancelReason }] : []),
          ...(so.shortfallDecision
            ? [{
                label: t("shortfall"),
                value: `${t(`shortfallDecision.${so.shortfallDecision === "REALLOCATE" ? "REALLOCATE" : "CLOSE_SHORT"}`, {
                  quantity: so.lines.reduce((n, l) => n + l.shortClosedQty + l.reallocatedQty, 0),
                })}${so.shortfallReason ? ` — ${so.shortfallReason}` : ""}`,
              }]
            : []),
          ...(so.deemedAcceptedAt ? [{ label: t("deemedAccepted"), value: <DateIst value={so.deemedAcceptedAt} /> }] : []),
        ]}
      />

      {so.replacesNumber ? <p className="mt-2">{t("replaces", { number: so.replacesNumber })}</p> : null}

      <h4 className="mt-4 text-lg font-semibold">{t("why")}</h4>
      <div className="space-y-3">
        {so.lines.map((l) => (
          <AllocationReason key={l.id} reason={l.allocationReason} itemName={`${name(l.item)} × ${l.quantity} ${unitLabel(l.item.unit, locale)}`} />
        ))}
      </div>

      {so.inspections.length ? (
        <>
          <h4 className="mt-4 text-lg font-semibold">{t("inspections")}</h4>
          <ul className="space-y-2">
            {so.inspections.map((i) => (
              <li key={i.id} className="rounded-md border border-slate-200 p-2">
                <p className="font-semibold">
                  {t("inspection", { kind: t(`inspectionKind.${i.kind}`), attempt: i.attempt })}{" "}
                  <Badge tone={i.status === "PASSED" ? "success" : i.status === "FAILED" ? "danger" : "neutral"}>{t(`inspectionStatus.${i.status}`)}</Badge>
                </p>
                <p>
                  {i.inspectedAt ? <>{t("inspectedOn")}: <DateIst value={i.inspectedAt} /></> : <>{t("scheduledOn")}: <DateIst value={i.scheduledOn} /></>} · {t("agency")}: {name(i.agency)}
                </p>
                {i.acceptedQty !== null && i.rejectedQty !== null ? <p>{t("acceptedRejected", { accepted: i.acceptedQty, rejected: i.rejectedQty })}</p> : null}
                {i.remarks ? <p>{t("remarks")}: {i.remarks}</p> : null}
                <DocumentLinks documents={i.documents} />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {so.dispatches.length || so.receipts.length ? (
        <>
          <h4 className="mt-4 text-lg font-semibold">{t("dispatches")}</h4>
          <ul className="list-disc space-y-1 pl-5">
            {so.dispatches.map((d) => (
              <li key={d.id}>
                {t(d.kind === "REPLACEMENT" ? "replacementDispatch" : "dispatch", { date: day(d.dispatchedOn) })}.{" "}
                {t("invoice", { number: d.invoiceNumber, date: day(d.invoiceDate) })}. {t("transport", { transporter: d.transporter, docket: d.docketNumber })}
              </li>
            ))}
            {so.receipts.map((r) => (
              <li key={r.id}>
                {t("receipts", { date: day(r.receivedOn) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {bill ? (
        <>
          <h4 className="mt-4 text-lg font-semibold">
            {t("bill", { number: bill.number })}{" "}
            <Badge tone={bill.status === "PAID" ? "success" : overdue ? "danger" : "warning"}>{overdue ? t("overdue") : t(`billStatus.${bill.status}`)}</Badge>
          </h4>
          <FactList
            items={[
              { label: t("gross"), value: <Money paise={bill.grossPaise} /> },
              { label: t("gst"), value: <Money paise={bill.cgstPaise + bill.sgstPaise + bill.igstPaise} /> },
              { label: t("tds"), value: <Money paise={bill.tdsCgstPaise + bill.tdsSgstPaise + bill.tdsIgstPaise} /> },
              ...(bill.liquidatedDamagesPaise > 0n ? [{ label: t("ld", { weeks: bill.weeksLate }), value: <Money paise={bill.liquidatedDamagesPaise} /> }] : []),
              { label: t("net"), value: <Money paise={bill.netPayablePaise} className="font-semibold" /> },
              { label: t("due"), value: <DateIst value={bill.dueDate} /> },
            ]}
          />
          <DocumentLinks documents={bill.documents} />
        </>
      ) : null}

      {so.payment ? (
        <>
          <h4 className="mt-4 text-lg font-semibold">{t("payment")}</h4>
          <FactList
            items={[
              { label: t("paidOn"), value: <DateIst value={so.payment.paidAt} /> },
              { label: t("amountPaid"), value: <Money paise={so.payment.amountPaise} /> },
              ...(so.payment.interestPaise > 0n
                ? [{ label: t("interest"), value: <><Money paise={so.payment.interestPaise} /> ({t("daysLate", { days: so.payment.daysLate })})</> }]
                : []),
            ]}
          />
          <DocumentLinks documents={so.payment.documents} />
        </>
      ) : null}

      <DocumentLinks documents={so.documents} />
    </Card>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Facts } from "@/components/fulfilment/facts";
import { InspectionResult } from "@/components/fulfilment/inspection-result";
import { ScopedMessages } from "@/components/fulfilment/scoped-messages";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateIst } from "@/components/ui/date-ist";
import { Table } from "@/components/ui/table";
import { requireRole } from "@/lib/auth/session";
import { linesToInspect } from "@/lib/domain/inspection/record";
import { getUiLocale } from "@/lib/i18n/server";
import { getInspectionForInspector } from "@/lib/queries/inspector";
import { INSPECTION_TONE } from "../../tones";
import { InspectionForm } from "./inspection-form";
import { DocumentDownloads } from "@/components/documents/document-downloads";
import { downloadableDocuments } from "@/lib/queries/documents";
import { unitLabel } from "@/lib/domain/units";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inspector");
  return { title: t("detail.metaTitle") };
}

/** One inspection: where to go, what to check, and the form to record it (or what was recorded). */
export default async function InspectionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ recorded?: string }> }) {
  const actor = await requireRole("INSPECTOR");
  const [{ id }, { recorded }] = await Promise.all([params, searchParams]);
  const [t, locale, inspection] = await Promise.all([getTranslations("inspector"), getUiLocale(), getInspectionForInspector(actor, id)]);
  if (!inspection) notFound();
  const so = inspection.supplyOrder;
  const name = (n: { nameEn: string; nameHi: string }) => (locale === "hi" ? n.nameHi : n.nameEn);
  const specs = new Map(so.lines.flatMap((l) => l.item.specs.map((s) => [`${l.id}:${s.key}`, locale === "hi" ? s.labelHi : s.labelEn] as const)));
  const toInspect = linesToInspect({
    kind: inspection.kind,
    lines: so.lines.map((l) => ({ id: l.id, itemId: "", specs: l.item.specs, pendingQty: l.pendingQty })),
  });
  const inspected = new Set(toInspect.map((l) => l.id));
  const site =
    inspection.kind === "PRE"
      ? { name: so.vendor.legalName, address: `${so.vendor.address}, ${so.vendor.pincode}`, district: name(so.vendor.district) }
      : { name: name(so.purchaseOrder.consigneeOffice), address: `${so.purchaseOrder.consigneeOffice.address}, ${so.purchaseOrder.consigneeOffice.pincode}`, district: name(so.purchaseOrder.consigneeOffice.district) };
  type Line = (typeof so.lines)[number];

  const documents = await downloadableDocuments(actor, { supplyOrderIds: [so.id] });
  return (
    <div className="space-y-6">
      <div>
        <ButtonLink href="/inspector" variant="ghost">
          {t("detail.back")}
        </ButtonLink>
        <h1 className="mt-2 flex flex-wrap items-center gap-2 text-2xl font-bold">
          {t("detail.title", { kind: t(`kind.${inspection.kind}`), number: so.number })}
          <Badge tone={INSPECTION_TONE[inspection.status]}>{t(`status.${inspection.status}`)}</Badge>
        </h1>
        <p className="text-slate-700">
          {t("attempt", { attempt: inspection.attempt })} · {t("detail.scheduledOn")} <DateIst value={inspection.scheduledOn} />
        </p>
      </div>
      {recorded ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t("detail.recorded")}
        </p>
      ) : null}

      <Card title={inspection.kind === "PRE" ? t("detail.siteVendor") : t("detail.siteConsignee")}>
        <Facts
          items={[
            { label: t("detail.siteName"), value: site.name },
            { label: t("detail.address"), value: site.address },
            { label: t("detail.district"), value: site.district },
            ...(inspection.kind === "PRE" ? [{ label: t("detail.phone"), value: <a href={`tel:${so.vendor.mobile}`} className="text-blue-800 underline">{so.vendor.mobile}</a> }] : []),
            { label: t("detail.purchaseOrder"), value: so.purchaseOrder.number },
            { label: t("detail.deliverBy"), value: <DateIst value={so.deliverBy} /> },
          ]}
        />
      </Card>

      {so.receipts.length > 0 ? (
        <Card title={t("detail.receipts")}>
          <ul className="space-y-3" data-testid="receipt-notes">
            {so.receipts.map((r) => (
              <li key={r.id}>
                <p className="font-semibold">{t("detail.receivedOn")} <DateIst value={r.receivedOn} /></p>
                <p>{r.remarks ? r.remarks : t("detail.noRemarks")}</p>
                {r.photos.length > 0 ? (
                  <ul className="flex flex-wrap gap-x-4">
                    {r.photos.map((photo) => (
                      <li key={photo.id}>
                        <a href={`/api/attachments/${photo.id}`} className="inline-flex min-h-11 items-center text-blue-800 underline">{photo.fileName}</a>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title={t("detail.items")}>
        <Table<Line>
          caption={t("detail.itemsCaption")}
          captionHidden
          rows={so.lines}
          rowKey={(l) => l.id}
          columns={[
            { header: t("columns.item"), cell: (l) => `${l.item.code} · ${name(l.item)}` },
            { header: t("columns.ordered"), cell: (l) => `${l.quantity} ${unitLabel(l.item.unit, locale)}`, align: "end" },
            ...(inspection.kind === "POST"
              ? [
                  { header: t("columns.received"), cell: (l: Line) => l.receivedQty, align: "end" as const },
                  { header: t("columns.accepted"), cell: (l: Line) => l.acceptedQty, align: "end" as const },
                  { header: t("columns.toInspect"), cell: (l: Line) => l.pendingQty, align: "end" as const },
                ]
              : []),
          ]}
        />
      </Card>

      {so.inspections.length > 0 ? (
        <Card title={t("detail.earlier")}>
          <ul className="space-y-2">
            {so.inspections.map((i) => (
              <li key={i.id}>
                <span className="font-semibold">{t(`kind.${i.kind}`)} · {t("attempt", { attempt: i.attempt })}</span>{" "}
                <Badge tone={INSPECTION_TONE[i.status]}>{t(`status.${i.status}`)}</Badge>
                {i.remarks ? <span className="text-slate-700"> — {i.remarks}</span> : null}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {inspection.status === "ASSIGNED" ? (
        <Card title={t("form.title")}>
          <ScopedMessages namespaces={["inspector"]}>
            <InspectionForm
              inspectionId={inspection.id}
              kind={inspection.kind}
              lines={so.lines
                .filter((l) => inspected.has(l.id))
                .map((l) => ({
                  id: l.id,
                  label: `${l.item.code} · ${name(l.item)}`,
                  unit: unitLabel(l.item.unit, locale),
                  pendingQty: l.pendingQty,
                  specs: l.item.specs.map((s) => ({ key: s.key, label: locale === "hi" ? s.labelHi : s.labelEn, requirement: s.requirement })),
                }))}
            />
          </ScopedMessages>
        </Card>
      ) : (
        <Card title={t("result.title")}>
          <InspectionResult inspection={inspection} specLabel={(lineId, key) => specs.get(`${lineId}:${key}`) ?? key} />
        </Card>
      )}
      <DocumentDownloads documents={documents} />
    </div>
  );
}

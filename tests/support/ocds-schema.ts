/**
 * The OCDS 1.1 fields Manak emits, written from the standard's documentation
 * (https://standard.open-contracting.org/1.1/en/schema/reference/ and the codelists), not copied
 * from the official JSON Schema. Strict objects: a field we emit but did not describe here fails,
 * so this file stays the list of what we publish. Codelist values are the closed or documented
 * open-codelist values we use.
 */
import { z } from "zod";

const dateTime = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), "RFC 3339 date-time");
const url = z.string().url();

// Amounts are numbers with at most two decimals (paise); never strings.
const value = z.strictObject({
  amount: z.number().refine((n) => Number.isFinite(n) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, "whole paise"),
  currency: z.literal("INR"),
});

const organizationReference = z.strictObject({ id: z.string().min(1), name: z.string().min(1) });

const period = z.strictObject({ startDate: dateTime.optional(), endDate: dateTime.optional() });

const classification = z.strictObject({ scheme: z.string().min(1), id: z.string().min(1), description: z.string().optional() });

const item = z.strictObject({
  id: z.string().min(1),
  description: z.string().min(1),
  classification,
  additionalClassifications: z.array(classification),
  quantity: z.number().int().nonnegative(),
  unit: z.strictObject({ id: z.string(), name: z.string(), value: value.optional() }),
});

const document = z.strictObject({
  id: z.string().min(1),
  documentType: z.enum(["tenderNotice", "awardNotice", "physicalProgressReport", "financialProgressReport"]),
  title: z.string().min(1),
  url,
  datePublished: dateTime,
  format: z.literal("text/html"),
  language: z.literal("en"),
});

const address = z.strictObject({
  streetAddress: z.string().optional(),
  locality: z.string(),
  region: z.string().optional(),
  postalCode: z.string().optional(),
  countryName: z.literal("India"),
});

const partyRole = z.enum(["buyer", "procuringEntity", "supplier", "tenderer", "funder", "enquirer", "payer", "payee", "reviewBody", "interestedParty"]);

const organization = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  identifier: z.strictObject({ scheme: z.string().min(1), id: z.string().min(1), legalName: z.string().min(1) }),
  address,
  roles: z.array(partyRole).min(1),
  details: z.record(z.string(), z.union([z.string(), z.boolean()])),
});

const milestone = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  type: z.enum(["delivery", "assessment", "payment", "reporting", "financing", "approval", "preProcurement", "engagement"]),
  dueDate: dateTime,
  dateMet: dateTime.optional(),
  status: z.enum(["scheduled", "met", "notMet", "partiallyMet"]),
});

const transaction = z.strictObject({
  id: z.string().min(1),
  source: url,
  date: dateTime,
  value,
  payer: organizationReference,
  payee: organizationReference,
});

const award = z.strictObject({
  id: z.string().min(1),
  title: z.string(),
  description: z.string(),
  status: z.enum(["pending", "active", "cancelled", "unsuccessful"]),
  date: dateTime,
  value,
  suppliers: z.array(organizationReference).min(1),
  items: z.array(item),
  contractPeriod: period,
  documents: z.array(document).optional(),
});

const contract = z.strictObject({
  id: z.string().min(1),
  awardID: z.string().min(1),
  title: z.string(),
  status: z.enum(["pending", "active", "cancelled", "terminated"]),
  period,
  value,
  items: z.array(item),
  dateSigned: dateTime,
  implementation: z.strictObject({
    transactions: z.array(transaction),
    milestones: z.array(milestone),
    documents: z.array(document).optional(),
  }),
});

export const ocdsReleaseSchema = z
  .strictObject({
    ocid: z.string().regex(/^ocds-[a-z0-9]+-.+$/),
    id: z.string().min(1),
    date: dateTime,
    tag: z.array(z.enum(["planning", "planningUpdate", "tender", "tenderAmendment", "tenderUpdate", "tenderCancellation", "award", "awardUpdate", "awardCancellation", "contract", "contractUpdate", "contractAmendment", "implementation", "implementationUpdate", "contractTermination", "compiled"])).min(1),
    initiationType: z.literal("tender"),
    language: z.literal("en"),
    parties: z.array(organization).min(1),
    buyer: organizationReference,
    planning: z.strictObject({ budget: z.strictObject({ id: z.string(), description: z.string(), amount: value }) }),
    riskFlags: z.array(
      z.strictObject({
        id: z.string().min(1),
        type: z.enum(["ORDER_SPLITTING", "PRICE_OUTLIER", "VENDOR_CONCENTRATION", "REPEATED_REJECTIONS", "LATE_PAYMENT"]),
        description: z.string().min(20),
        flaggedAt: dateTime,
        computedAt: dateTime,
        review: z.strictObject({ date: dateTime, note: z.string() }).optional(),
        url: z.string().url(),
        details: z.record(z.string(), z.unknown()),
      }),
    ),
    tender: z.strictObject({
      id: z.string().min(1),
      title: z.string(),
      status: z.enum(["planning", "planned", "active", "cancelled", "unsuccessful", "complete", "withdrawn"]),
      procuringEntity: organizationReference,
      items: z.array(item).min(1),
      value,
      procurementMethod: z.enum(["open", "selective", "limited", "direct"]),
      procurementMethodDetails: z.string(),
      mainProcurementCategory: z.enum(["goods", "works", "services"]),
      awardCriteria: z.enum(["priceOnly", "costOnly", "qualityOnly", "ratedCriteria"]),
      tenderPeriod: period,
      contractPeriod: period,
      documents: z.array(document).optional(),
    }),
    awards: z.array(award),
    contracts: z.array(contract),
  })
  .superRefine((release, ctx) => {
    // Cross-references the standard requires to resolve: parties by id, contracts to awards.
    const partyIds = new Set(release.parties.map((p) => p.id));
    const refs = [release.buyer, release.tender.procuringEntity, ...release.awards.flatMap((a) => a.suppliers), ...release.contracts.flatMap((c) => c.implementation.transactions.flatMap((t) => [t.payer, t.payee]))];
    for (const ref of refs) if (!partyIds.has(ref.id)) ctx.addIssue({ code: "custom", message: `organisation ${ref.id} is not among the parties` });
    const awardIds = new Set(release.awards.map((a) => a.id));
    for (const c of release.contracts) if (!awardIds.has(c.awardID)) ctx.addIssue({ code: "custom", message: `contract ${c.id} refers to unknown award ${c.awardID}` });
    if (new Set(release.parties.map((p) => p.id)).size !== release.parties.length) ctx.addIssue({ code: "custom", message: "duplicate party ids" });
    if (!release.ocid.endsWith(release.tender.id)) ctx.addIssue({ code: "custom", message: "ocid does not end with the purchase order number" });
  });

export const ocdsReleasePackageSchema = z.strictObject({
  uri: url,
  version: z.literal("1.1"),
  publishedDate: dateTime,
  publisher: z.strictObject({ name: z.string().min(1), uri: url }),
  license: url,
  publicationPolicy: url,
  releases: z.array(ocdsReleaseSchema).min(1),
});

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('OPEN', 'RESPONDED', 'ESCALATED', 'RESOLVED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "IncidentCategory" AS ENUM ('QUALITY', 'SHORT_DELIVERY', 'LATE_DELIVERY', 'CONDUCT', 'DELAYED_PAYMENT', 'WRONGFUL_REJECTION', 'INSPECTION_NOT_DONE', 'OTHER');

-- CreateEnum
CREATE TYPE "IncidentRaiserKind" AS ENUM ('BUYER', 'VENDOR', 'PUBLIC');

-- CreateEnum
CREATE TYPE "IncidentRespondentKind" AS ENUM ('VENDOR', 'OFFICE', 'AGENCY', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "IncidentEscalation" AS ENUM ('OFFICE_HEAD', 'DEPARTMENT_ADMIN', 'MSE_FACILITATION_COUNCIL');

-- CreateEnum
CREATE TYPE "IncidentOutcome" AS ENUM ('UPHELD', 'NOT_UPHELD', 'SETTLED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "incidentMessageId" UUID;

-- AlterTable
ALTER TABLE "PolicyVersion" ADD COLUMN     "incidentEscalatedDays" INTEGER NOT NULL DEFAULT 15,
ADD COLUMN     "incidentResolveDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "incidentRespondDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "mseFacilitationCouncilEmail" TEXT;

-- CreateTable
CREATE TABLE "Incident" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "category" "IncidentCategory" NOT NULL,
    "raisedByKind" "IncidentRaiserKind" NOT NULL,
    "raisedById" UUID,
    "publicContact" TEXT,
    "respondentKind" "IncidentRespondentKind" NOT NULL,
    "vendorId" UUID,
    "officeId" UUID NOT NULL,
    "agencyId" UUID,
    "purchaseOrderId" UUID NOT NULL,
    "supplyOrderId" UUID,
    "subject" TEXT NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'OPEN',
    "respondBy" TIMESTAMP(3) NOT NULL,
    "resolveBy" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "escalationLevel" INTEGER NOT NULL DEFAULT 0,
    "escalatedTo" "IncidentEscalation",
    "escalatedAt" TIMESTAMP(3),
    "outcome" "IncidentOutcome",
    "resolution" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentMessage" (
    "id" UUID NOT NULL,
    "incidentId" UUID NOT NULL,
    "authorId" UUID,
    "authorRole" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncidentMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Incident_number_key" ON "Incident"("number");

-- CreateIndex
CREATE INDEX "Incident_officeId_createdAt_id_idx" ON "Incident"("officeId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Incident_vendorId_createdAt_id_idx" ON "Incident"("vendorId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Incident_agencyId_createdAt_id_idx" ON "Incident"("agencyId", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Incident_raisedById_createdAt_id_idx" ON "Incident"("raisedById", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Incident_status_createdAt_id_idx" ON "Incident"("status", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Incident_purchaseOrderId_idx" ON "Incident"("purchaseOrderId");

-- CreateIndex
CREATE INDEX "Incident_supplyOrderId_idx" ON "Incident"("supplyOrderId");

-- CreateIndex
CREATE INDEX "Incident_status_respondBy_idx" ON "Incident"("status", "respondBy");

-- CreateIndex
CREATE INDEX "Incident_status_resolveBy_idx" ON "Incident"("status", "resolveBy");

-- CreateIndex
CREATE INDEX "IncidentMessage_incidentId_createdAt_id_idx" ON "IncidentMessage"("incidentId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Attachment_incidentMessageId_idx" ON "Attachment"("incidentMessageId");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_raisedById_fkey" FOREIGN KEY ("raisedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "InspectionAgency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_purchaseOrderId_fkey" FOREIGN KEY ("purchaseOrderId") REFERENCES "PurchaseOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_supplyOrderId_fkey" FOREIGN KEY ("supplyOrderId") REFERENCES "SupplyOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentMessage" ADD CONSTRAINT "IncidentMessage_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentMessage" ADD CONSTRAINT "IncidentMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_incidentMessageId_fkey" FOREIGN KEY ("incidentMessageId") REFERENCES "IncidentMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Complaints become incidents (docs/adr/0016-incidents.md): raised by the buying office; about a
-- supply order → its vendor answers; about the whole purchase order → the industries department.
-- Numbered INC/<financial year>/<n> in the order they were raised; the body is the first message.
-- Deadlines are counted from raising with the default policy days, so an old open complaint is
-- escalated by the first sweep rather than waiting anew.
INSERT INTO "Incident" ("id", "number", "category", "raisedByKind", "raisedById", "respondentKind", "vendorId", "officeId",
                        "purchaseOrderId", "supplyOrderId", "subject", "status", "respondBy", "resolveBy", "outcome", "resolution",
                        "resolvedAt", "createdAt", "updatedAt")
SELECT c."id",
       'INC/' || t.fy || '/' || lpad((row_number() OVER (PARTITION BY t.fy ORDER BY c."createdAt", c."id"))::text, 6, '0'),
       'OTHER', 'BUYER', c."raisedById",
       CASE WHEN so."id" IS NULL THEN 'DEPARTMENT' ELSE 'VENDOR' END::"IncidentRespondentKind",
       so."vendorId", c."officeId", COALESCE(c."purchaseOrderId", so."purchaseOrderId"), c."supplyOrderId", c."subject",
       CASE WHEN c."status" = 'RESOLVED' THEN 'RESOLVED' ELSE 'OPEN' END::"IncidentStatus",
       c."createdAt" + interval '7 days', c."createdAt" + interval '30 days',
       CASE WHEN c."status" = 'RESOLVED' THEN 'SETTLED' END::"IncidentOutcome",
       c."resolution", c."resolvedAt", c."createdAt", COALESCE(c."resolvedAt", c."createdAt")
  FROM "Complaint" c
  LEFT JOIN "SupplyOrder" so ON so."id" = c."supplyOrderId"
  CROSS JOIN LATERAL (
    SELECT CASE WHEN extract(month FROM c."createdAt" + interval '5 hours 30 minutes') >= 4
                THEN extract(year FROM c."createdAt" + interval '5 hours 30 minutes')::int
                ELSE extract(year FROM c."createdAt" + interval '5 hours 30 minutes')::int - 1 END AS y
  ) AS fy0
  CROSS JOIN LATERAL (SELECT fy0.y::text || '-' || lpad(((fy0.y + 1) % 100)::text, 2, '0') AS fy) AS t;

INSERT INTO "IncidentMessage" ("id", "incidentId", "authorId", "authorRole", "body", "createdAt")
SELECT gen_random_uuid(), c."id", c."raisedById", 'BUYER', c."body", c."createdAt" FROM "Complaint" c;

INSERT INTO "DocumentCounter" ("series", "financialYear", "value")
SELECT 'INC', split_part("number", '/', 2), count(*) FROM "Incident" GROUP BY 2
ON CONFLICT ("series", "financialYear") DO UPDATE SET "value" = "DocumentCounter"."value" + EXCLUDED."value";

-- DropForeignKey
ALTER TABLE "Complaint" DROP CONSTRAINT "Complaint_officeId_fkey";

-- DropForeignKey
ALTER TABLE "Complaint" DROP CONSTRAINT "Complaint_purchaseOrderId_fkey";

-- DropForeignKey
ALTER TABLE "Complaint" DROP CONSTRAINT "Complaint_raisedById_fkey";

-- DropForeignKey
ALTER TABLE "Complaint" DROP CONSTRAINT "Complaint_supplyOrderId_fkey";

-- DropTable
DROP TABLE "Complaint";

-- DropEnum
DROP TYPE "ComplaintStatus";

-- A vendor appeals one of its penalties as an incident (docs/adr/0017-graded-penalties.md).

-- AlterEnum
ALTER TYPE "IncidentCategory" ADD VALUE 'PENALTY_APPEAL';

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "penaltyId" UUID,
ALTER COLUMN "officeId" DROP NOT NULL,
ALTER COLUMN "purchaseOrderId" DROP NOT NULL;

-- An appeal names its penalty and the department answers it; every other incident is about an
-- order of an office. The new enum value cannot be used inside this transaction, hence ::text.
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_penalty_appeal_check" CHECK (
  CASE WHEN "category"::text = 'PENALTY_APPEAL'
    THEN "penaltyId" IS NOT NULL AND "respondentKind" = 'DEPARTMENT'
    ELSE "penaltyId" IS NULL AND "officeId" IS NOT NULL AND "purchaseOrderId" IS NOT NULL
  END
);

-- CreateIndex
CREATE INDEX "Incident_penaltyId_idx" ON "Incident"("penaltyId");

-- At most one open appeal per penalty (the open statuses of lib/domain/incident/status.ts).
CREATE UNIQUE INDEX "Incident_open_appeal_key" ON "Incident"("penaltyId") WHERE (status = ANY (ARRAY['OPEN'::"IncidentStatus", 'RESPONDED'::"IncidentStatus", 'ESCALATED'::"IncidentStatus"]));

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_penaltyId_fkey" FOREIGN KEY ("penaltyId") REFERENCES "VendorPenalty"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

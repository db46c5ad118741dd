-- CreateEnum
CREATE TYPE "EnterpriseClass" AS ENUM ('MICRO', 'SMALL', 'MEDIUM');

-- AlterTable
ALTER TABLE "Bill" ADD COLUMN     "acceptanceKind" TEXT,
ADD COLUMN     "acceptedOn" DATE;

-- AlterTable
ALTER TABLE "Inspection" ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "reminderSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SupplyOrder" ADD COLUMN     "blockReleasedPaise" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "deemedAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "objectedOn" DATE,
ADD COLUMN     "objectionRemovedOn" DATE,
ADD COLUMN     "shortfallDecision" TEXT,
ADD COLUMN     "shortfallReason" TEXT;

-- AlterTable
ALTER TABLE "SupplyOrderLine" ADD COLUMN     "reallocatedQty" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "shortClosedQty" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
-- Vendors registered before the class was asked for: Udyam micro until an admin records otherwise
-- (docs/domain.md, "Enterprise class"); new registrations must state it, so no default remains.
ALTER TABLE "Vendor" ADD COLUMN     "enterpriseClass" "EnterpriseClass" NOT NULL DEFAULT 'MICRO';
ALTER TABLE "Vendor" ALTER COLUMN "enterpriseClass" DROP DEFAULT;

-- CreateTable
CREATE TABLE "BankRate" (
    "id" UUID NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "rateBp" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BankRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BankRate_effectiveFrom_key" ON "BankRate"("effectiveFrom");

-- CreateIndex
CREATE INDEX "Inspection_kind_status_createdAt_idx" ON "Inspection"("kind", "status", "createdAt");

-- AddForeignKey
ALTER TABLE "BankRate" ADD CONSTRAINT "BankRate_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Graded penalties (issue 18): policy settings and the VendorPenalty table (docs/adr/0017-graded-penalties.md).
-- CreateEnum
CREATE TYPE "PenaltyKind" AS ENUM ('WARNING', 'POINTS', 'SUSPENSION', 'DEBARMENT');

-- AlterTable
ALTER TABLE "PolicyVersion" ADD COLUMN     "debarmentYears" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "penaltyPointsExpiryMonths" INTEGER NOT NULL DEFAULT 12,
ADD COLUMN     "penaltyPointsThreshold" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "suspensionDefaultMonths" INTEGER NOT NULL DEFAULT 6;

-- CreateTable
CREATE TABLE "VendorPenalty" (
    "id" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "kind" "PenaltyKind" NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "decidedById" UUID NOT NULL,
    "incidentId" TEXT,
    "revokedAt" TIMESTAMP(3),
    "revokedById" UUID,
    "revokeReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorPenalty_pkey" PRIMARY KEY ("id"),
    -- Every penalty carries the reason the vendor and the public read (lib/domain/penalty/rules.ts).
    CONSTRAINT "VendorPenalty_reason_check" CHECK (char_length(btrim("reason")) BETWEEN 1 AND 1000),
    CONSTRAINT "VendorPenalty_period_check" CHECK ("endsAt" > "startsAt"),
    CONSTRAINT "VendorPenalty_points_check" CHECK ("points" >= 0 AND ("kind" = 'POINTS') = ("points" > 0))
);

-- CreateIndex
CREATE INDEX "VendorPenalty_vendorId_startsAt_idx" ON "VendorPenalty"("vendorId", "startsAt");

-- CreateIndex
CREATE INDEX "VendorPenalty_vendorId_kind_endsAt_idx" ON "VendorPenalty"("vendorId", "kind", "endsAt");

-- AddForeignKey
ALTER TABLE "VendorPenalty" ADD CONSTRAINT "VendorPenalty_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorPenalty" ADD CONSTRAINT "VendorPenalty_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VendorPenalty" ADD CONSTRAINT "VendorPenalty_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "RiskFlagKind" AS ENUM ('ORDER_SPLITTING', 'PRICE_OUTLIER', 'VENDOR_CONCENTRATION', 'REPEATED_REJECTIONS', 'LATE_PAYMENT');

-- AlterTable
ALTER TABLE "PolicyVersion" ADD COLUMN     "riskConcentrationBp" INTEGER NOT NULL DEFAULT 5000,
ADD COLUMN     "riskLatePaymentBp" INTEGER NOT NULL DEFAULT 2500,
ADD COLUMN     "riskPriceOutlierBp" INTEGER NOT NULL DEFAULT 5000,
ADD COLUMN     "riskRejectionCount" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "riskSplitWindowDays" INTEGER NOT NULL DEFAULT 30;

-- CreateTable
CREATE TABLE "RiskFlag" (
    "id" UUID NOT NULL,
    "kind" "RiskFlagKind" NOT NULL,
    "key" TEXT NOT NULL,
    "purchaseOrderId" UUID,
    "officeId" UUID,
    "vendorId" UUID,
    "itemId" UUID,
    "facts" JSONB NOT NULL,
    "flaggedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" UUID,
    "reviewNote" TEXT,

    CONSTRAINT "RiskFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RiskFlag_key_key" ON "RiskFlag"("key");

-- CreateIndex
CREATE INDEX "RiskFlag_flaggedAt_id_idx" ON "RiskFlag"("flaggedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "RiskFlag_kind_flaggedAt_id_idx" ON "RiskFlag"("kind", "flaggedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "RiskFlag_purchaseOrderId_idx" ON "RiskFlag"("purchaseOrderId");

-- CreateIndex
CREATE INDEX "RiskFlag_officeId_flaggedAt_id_idx" ON "RiskFlag"("officeId", "flaggedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "RiskFlag_vendorId_flaggedAt_id_idx" ON "RiskFlag"("vendorId", "flaggedAt" DESC, "id");


-- AddForeignKey
ALTER TABLE "RiskFlag" ADD CONSTRAINT "RiskFlag_purchaseOrderId_fkey" FOREIGN KEY ("purchaseOrderId") REFERENCES "PurchaseOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskFlag" ADD CONSTRAINT "RiskFlag_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskFlag" ADD CONSTRAINT "RiskFlag_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "Vendor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

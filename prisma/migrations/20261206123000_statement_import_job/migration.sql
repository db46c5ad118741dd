-- Statements over the synchronous limit are matched by the scheduled job `statement-import`
-- (docs/adr/0011-payment-batches-and-reconciliation.md). `migrate dev` also re-emitted the existing
-- partial indexes (Bill_overdue_reminder_idx, PaymentBatchItem_open_*): removed by hand.

-- AlterTable
ALTER TABLE "BankStatement" ADD COLUMN     "processedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "queuedAt" TIMESTAMP(3),
ADD COLUMN     "rawText" TEXT;

-- CreateIndex
CREATE INDEX "BankStatement_queued_idx" ON "BankStatement"("queuedAt", "id") WHERE ("completedAt" IS NULL AND "queuedAt" IS NOT NULL);

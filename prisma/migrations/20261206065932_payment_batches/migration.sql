-- CreateEnum
CREATE TYPE "PaymentBatchStatus" AS ENUM ('SENT', 'SETTLED');

-- CreateEnum
CREATE TYPE "PaymentBatchItemStatus" AS ENUM ('SENT', 'PAID', 'RETURNED');

-- CreateEnum
CREATE TYPE "StatementLineStatus" AS ENUM ('MATCHED', 'RETURNED', 'UNMATCHED', 'RESOLVED');

-- CreateEnum
CREATE TYPE "StatementMatchMethod" AS ENUM ('REFERENCE', 'AMOUNT_ACCOUNT', 'MANUAL');

-- AlterEnum
ALTER TYPE "BillStatus" ADD VALUE 'SENT';

-- AlterTable
ALTER TABLE "Office" ADD COLUMN     "bankAccount" TEXT,
ADD COLUMN     "bankCsvLayout" TEXT,
ADD COLUMN     "ifsc" TEXT;

-- CreateTable
CREATE TABLE "PaymentBatch" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "officeId" UUID NOT NULL,
    "status" "PaymentBatchStatus" NOT NULL DEFAULT 'SENT',
    "requestedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "createdById" UUID NOT NULL,
    "debtorName" TEXT NOT NULL,
    "debtorAccount" TEXT NOT NULL,
    "debtorIfsc" TEXT NOT NULL,
    "csvLayout" JSONB NOT NULL,
    "itemCount" INTEGER NOT NULL,
    "totalPaise" BIGINT NOT NULL,
    "painSha256" TEXT NOT NULL,
    "csvSha256" TEXT NOT NULL,

    CONSTRAINT "PaymentBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentBatchItem" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "batchId" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "billId" UUID NOT NULL,
    "status" "PaymentBatchItemStatus" NOT NULL DEFAULT 'SENT',
    "endToEndId" TEXT NOT NULL,
    "amountPaise" BIGINT NOT NULL,
    "interestPaise" BIGINT NOT NULL,
    "billNumber" TEXT NOT NULL,
    "vendorName" TEXT NOT NULL,
    "vendorAccount" TEXT NOT NULL,
    "vendorIfsc" TEXT NOT NULL,
    "paymentId" UUID,
    "returnReason" TEXT,

    CONSTRAINT "PaymentBatchItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankStatement" (
    "id" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedById" UUID NOT NULL,
    "lineCount" INTEGER NOT NULL,
    "matchedCount" INTEGER NOT NULL,
    "returnedCount" INTEGER NOT NULL,
    "unmatchedCount" INTEGER NOT NULL,
    "skippedCount" INTEGER NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "BankStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BankStatementLine" (
    "id" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "officeId" UUID NOT NULL,
    "lineNo" INTEGER NOT NULL,
    "entryKey" TEXT NOT NULL,
    "credit" BOOLEAN NOT NULL,
    "amountPaise" BIGINT NOT NULL,
    "valueDate" DATE NOT NULL,
    "bankReference" TEXT NOT NULL,
    "endToEndId" TEXT,
    "account" TEXT,
    "counterpartyName" TEXT,
    "returnReason" TEXT,
    "status" "StatementLineStatus" NOT NULL,
    "matchMethod" "StatementMatchMethod",
    "batchItemId" UUID,
    "resolvedById" UUID,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,

    CONSTRAINT "BankStatementLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentBatch_seq_key" ON "PaymentBatch"("seq");

-- CreateIndex
CREATE INDEX "PaymentBatch_officeId_createdAt_id_idx" ON "PaymentBatch"("officeId", "createdAt" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentBatchItem_seq_key" ON "PaymentBatchItem"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentBatchItem_endToEndId_key" ON "PaymentBatchItem"("endToEndId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentBatchItem_paymentId_key" ON "PaymentBatchItem"("paymentId");

-- CreateIndex
CREATE INDEX "PaymentBatchItem_batchId_seq_idx" ON "PaymentBatchItem"("batchId", "seq");

-- CreateIndex
CREATE INDEX "PaymentBatchItem_billId_idx" ON "PaymentBatchItem"("billId");

-- CreateIndex
CREATE INDEX "PaymentBatchItem_open_amount_idx" ON "PaymentBatchItem"("officeId", "amountPaise", "vendorAccount") WHERE (status = 'SENT');

-- CreateIndex
CREATE UNIQUE INDEX "PaymentBatchItem_open_bill_key" ON "PaymentBatchItem"("billId") WHERE (status = 'SENT');

-- CreateIndex
CREATE INDEX "BankStatement_officeId_importedAt_id_idx" ON "BankStatement"("officeId", "importedAt" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "BankStatement_officeId_sha256_key" ON "BankStatement"("officeId", "sha256");

-- CreateIndex
CREATE INDEX "BankStatementLine_officeId_status_id_idx" ON "BankStatementLine"("officeId", "status", "id");

-- CreateIndex
CREATE INDEX "BankStatementLine_statementId_lineNo_idx" ON "BankStatementLine"("statementId", "lineNo");

-- CreateIndex
CREATE INDEX "BankStatementLine_batchItemId_idx" ON "BankStatementLine"("batchItemId");

-- CreateIndex
CREATE UNIQUE INDEX "BankStatementLine_officeId_entryKey_key" ON "BankStatementLine"("officeId", "entryKey");


-- AddForeignKey
ALTER TABLE "PaymentBatch" ADD CONSTRAINT "PaymentBatch_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentBatch" ADD CONSTRAINT "PaymentBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentBatchItem" ADD CONSTRAINT "PaymentBatchItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "PaymentBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentBatchItem" ADD CONSTRAINT "PaymentBatchItem_billId_fkey" FOREIGN KEY ("billId") REFERENCES "Bill"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaymentBatchItem" ADD CONSTRAINT "PaymentBatchItem_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatement" ADD CONSTRAINT "BankStatement_officeId_fkey" FOREIGN KEY ("officeId") REFERENCES "Office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatement" ADD CONSTRAINT "BankStatement_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatementLine" ADD CONSTRAINT "BankStatementLine_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "BankStatement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatementLine" ADD CONSTRAINT "BankStatementLine_batchItemId_fkey" FOREIGN KEY ("batchItemId") REFERENCES "PaymentBatchItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BankStatementLine" ADD CONSTRAINT "BankStatementLine_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

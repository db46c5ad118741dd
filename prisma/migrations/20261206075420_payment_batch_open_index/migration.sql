-- CreateIndex
CREATE INDEX "PaymentBatchItem_open_batch_idx" ON "PaymentBatchItem"("batchId") WHERE (status = 'SENT');

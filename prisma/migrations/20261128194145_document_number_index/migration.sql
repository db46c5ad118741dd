-- CreateIndex
CREATE INDEX "Document_number_idx" ON "Document"("number");

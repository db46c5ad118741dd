-- DropIndex
DROP INDEX "Item_categoryId_idx";

-- CreateIndex
CREATE INDEX "Item_categoryId_code_idx" ON "Item"("categoryId", "code");

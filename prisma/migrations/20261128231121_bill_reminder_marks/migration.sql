-- AlterTable
ALTER TABLE "Bill" ADD COLUMN     "dueSoonRemindedAt" TIMESTAMP(3),
ADD COLUMN     "overdueRemindedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Bill_overdue_reminder_idx" ON "Bill"("dueDate", "id") WHERE (status = 'PENDING' AND "overdueRemindedAt" IS NULL);

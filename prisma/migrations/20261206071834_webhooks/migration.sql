/*
  Warnings:

  - A unique constraint covering the columns `[billId]` on the table `PaymentBatchItem` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterEnum
ALTER TYPE "NotificationChannel" ADD VALUE 'WEBHOOK';

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "webhookSubscriptionId" UUID;

-- CreateTable
CREATE TABLE "WebhookSubscription" (
    "id" UUID NOT NULL,
    "departmentId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "events" TEXT[],
    "description" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deactivatedAt" TIMESTAMP(3),

    CONSTRAINT "WebhookSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookCursor" (
    "name" TEXT NOT NULL,
    "lastSeq" BIGINT NOT NULL,

    CONSTRAINT "WebhookCursor_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "WebhookSubscription_departmentId_active_idx" ON "WebhookSubscription"("departmentId", "active");

-- CreateIndex
CREATE INDEX "WebhookSubscription_createdAt_id_idx" ON "WebhookSubscription"("createdAt" DESC, "id");


-- CreateIndex
CREATE INDEX "Notification_webhookSubscriptionId_createdAt_id_idx" ON "Notification"("webhookSubscriptionId", "createdAt" DESC, "id");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_webhookSubscriptionId_fkey" FOREIGN KEY ("webhookSubscriptionId") REFERENCES "WebhookSubscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookSubscription" ADD CONSTRAINT "WebhookSubscription_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookSubscription" ADD CONSTRAINT "WebhookSubscription_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

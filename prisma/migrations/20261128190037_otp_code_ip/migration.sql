-- AlterTable
ALTER TABLE "OtpCode" ADD COLUMN     "ip" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "OtpCode_ip_createdAt_idx" ON "OtpCode"("ip", "createdAt");

-- CreateEnum
CREATE TYPE "ScheduledJobStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "requestId" TEXT;

-- CreateTable
CREATE TABLE "ScheduledJobRun" (
    "job" TEXT NOT NULL,
    "tick" TIMESTAMP(3) NOT NULL,
    "intervalMs" INTEGER NOT NULL,
    "status" "ScheduledJobStatus" NOT NULL,
    "worker" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "ScheduledJobRun_pkey" PRIMARY KEY ("job","tick")
);

-- CreateIndex
CREATE INDEX "ScheduledJobRun_job_status_tick_idx" ON "ScheduledJobRun"("job", "status", "tick");

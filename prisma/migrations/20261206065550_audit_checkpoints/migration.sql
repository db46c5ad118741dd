-- CreateTable
CREATE TABLE "AuditCheckpoint" (
    "number" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "previousId" TEXT,
    "keyId" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "signature" TEXT NOT NULL,

    CONSTRAINT "AuditCheckpoint_pkey" PRIMARY KEY ("number")
);

-- CreateIndex
CREATE UNIQUE INDEX "AuditCheckpoint_id_key" ON "AuditCheckpoint"("id");

-- CreateIndex
CREATE UNIQUE INDEX "AuditCheckpoint_previousId_key" ON "AuditCheckpoint"("previousId");


-- Checkpoints are append-only, like the audit log itself: a published checkpoint is never changed
-- or withdrawn. (A superuser can bypass this; the signatures and the copies kept outside expose it.)
CREATE TRIGGER "AuditCheckpoint_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();

CREATE TRIGGER "AuditCheckpoint_no_truncate"
  BEFORE TRUNCATE ON "AuditCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();

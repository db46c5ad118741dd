-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "AbuseEvent" (
    "id" BIGSERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AbuseEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AbuseEvent_kind_ip_createdAt_idx" ON "AbuseEvent"("kind", "ip", "createdAt");

-- Whatever changes who a user is or may be (password, role, scope, deactivation) ends every
-- session of theirs at once, whichever code path (or hand-written SQL) makes the change.
CREATE FUNCTION manak_user_revoke_sessions() RETURNS trigger AS $$
BEGIN
  IF NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash"
     OR NEW."role" IS DISTINCT FROM OLD."role"
     OR NEW."active" IS DISTINCT FROM OLD."active"
     OR NEW."officeId" IS DISTINCT FROM OLD."officeId"
     OR NEW."vendorId" IS DISTINCT FROM OLD."vendorId"
     OR NEW."agencyId" IS DISTINCT FROM OLD."agencyId" THEN
    NEW."sessionVersion" := OLD."sessionVersion" + 1;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "User_revoke_sessions" BEFORE UPDATE ON "User"
  FOR EACH ROW EXECUTE FUNCTION manak_user_revoke_sessions();

-- The audit log is append-only: rows may be inserted (by recordAudit, under its advisory lock) but
-- never changed or removed, whoever the database user is. The hash chain makes tampering evident;
-- this trigger makes it impossible through ordinary SQL. A superuser can still bypass it
-- (session_replication_role = replica, or DISABLE TRIGGER) — which the chain then exposes.
CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"();

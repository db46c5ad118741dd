-- Takes the audit chain's lock and returns its head (no row for an empty chain) in ONE round trip.
-- The head must be read after the lock is held: a volatile SQL function takes a new snapshot for
-- each of its statements, so the SELECT sees every event committed before the lock was granted
-- (a single "SELECT lock, head" statement would read the head from its own, earlier, snapshot).
-- lib/audit/record.ts calls it; writers hold the lock until their transaction ends.
CREATE FUNCTION audit_chain_head(lock_key bigint) RETURNS TABLE (seq bigint, hash text)
  LANGUAGE sql VOLATILE AS $$
    SELECT pg_advisory_xact_lock(lock_key);
    SELECT e.seq, e.hash FROM "AuditEvent" e ORDER BY e.seq DESC LIMIT 1;
  $$;

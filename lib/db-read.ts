import "server-only";
import { db } from "./db";
import { countRead, setReplicaLag } from "./metrics";
import { createPrisma, type Db } from "./prisma-client";
import { currentRequestContext } from "./request-context";

/**
 * The public read side's client (issue 16). With DATABASE_REPLICA_URL set, signed-out pages
 * (catalogue, register, order pages, dashboard, OCDS, scorecards, verify) read a streaming replica,
 * so public traffic never loads the primary. They read the primary instead when:
 * - the request is a signed-in user's (read-your-writes: a buyer who just placed an order sees it);
 * - the replica is more than REPLICA_MAX_LAG_MS behind (default 5 s), or its lag is unknown.
 * Everything that writes, and every transaction, uses `db` (the primary). docs/operations.md.
 */
const MAX_LAG_MS = Number(process.env.REPLICA_MAX_LAG_MS ?? 5_000);
const CHECK_EVERY_MS = 1_000;

type ReplicaState = { client: Db; lagMs: number | null; checkedAt: number; checking: Promise<void> | null };
const KEY = Symbol.for("manak.replica");
const holder = globalThis as unknown as { [KEY]?: ReplicaState | null };

function replica(): ReplicaState | null {
  if (holder[KEY] !== undefined) return holder[KEY];
  const url = process.env.DATABASE_REPLICA_URL;
  holder[KEY] = url ? { client: createPrisma(url, { name: "replica" }), lagMs: null, checkedAt: 0, checking: null } : null;
  return holder[KEY];
}

/**
 * How far the replica is behind: 0 when it has replayed everything the primary had written when
 * asked; otherwise the age of the last transaction it replayed. Both sides are asked, since a
 * replica cut off from the primary would otherwise look up to date.
 */
export async function measureReplicaLagMs(primary: Db, replicaClient: Db): Promise<number> {
  const [{ lsn }] = await primary.$queryRaw<{ lsn: string }[]>`SELECT pg_current_wal_lsn()::text AS lsn`;
  const [row] = await replicaClient.$queryRaw<{ caughtUp: boolean; lagMs: number | null }[]>`
    SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS "caughtUp",
           (EXTRACT(EPOCH FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS "lagMs"`;
  return row.caughtUp ? 0 : Math.max(0, row.lagMs ?? Number.POSITIVE_INFINITY);
}

function refreshLag(state: ReplicaState) {
  if (state.checking || Date.now() - state.checkedAt < CHECK_EVERY_MS) return;
  state.checking = measureReplicaLagMs(db, state.client)
    .then((lagMs) => void (state.lagMs = lagMs))
    .catch(() => void (state.lagMs = null))
    .finally(() => {
      state.checkedAt = Date.now();
      state.checking = null;
      setReplicaLag(state.lagMs);
    });
}

/** The client a public read should use now (see above). */
export function publicReadClient(): Db {
  const state = replica();
  if (!state) return db;
  refreshLag(state);
  const useReplica = !currentRequestContext()?.signedIn && state.lagMs !== null && state.lagMs <= MAX_LAG_MS;
  countRead(useReplica ? "replica" : "primary");
  return useReplica ? state.client : db;
}

/** `db` for the public read side: each call goes to the replica or the primary as publicReadClient decides. */
export const publicDb: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = publicReadClient();
    const value = Reflect.get(client, prop);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

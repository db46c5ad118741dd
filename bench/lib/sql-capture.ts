/**
 * Records the SQL the app sends, exactly as node-postgres receives it (text and parameter values),
 * by wrapping pg.Client#query — below Prisma's driver adapter, so whatever Prisma generates is
 * what is recorded. The bench replays the recordings with plain pg to get each hot path's floor:
 * the same statements without the ORM and the app's own code around them.
 */
import pg from "pg";

/** `at` / `doneAt`: performance.now() when sent and when its answer arrived (recordings only). */
export type Statement = { text: string; values: unknown[]; at?: number; doneAt?: number };
type Listener = (client: pg.Client, statement: Statement) => void;

let listener: Listener | null = null;
let installed = false;

function install() {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  (pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
    let statement: Statement | null = null;
    if (listener) {
      const [config, values] = args as [string | { text?: string; values?: unknown[] }, unknown];
      const text = typeof config === "string" ? config : config?.text;
      const params = typeof config === "string" ? values : config?.values;
      if (text) {
        statement = { text, values: Array.isArray(params) ? params : [], at: performance.now() };
        listener(this, statement);
      }
    }
    const result = original.apply(this, args);
    if (statement && result instanceof Promise) {
      const s = statement;
      result.then(() => (s.doneAt = performance.now()), () => undefined);
    }
    return result;
  };
}

/** Calls `onStatement` for every statement sent until the returned function is called. */
export function captureSql(onStatement: Listener): () => void {
  install();
  listener = onStatement;
  return () => {
    listener = null;
  };
}

/** Statements grouped the way they ran: each transaction (BEGIN … COMMIT) or lone statement is one unit. */
export type Unit = { statements: Statement[]; transaction: boolean; /** performance.now() when COMMIT was sent */ committedAt?: number };

/** Records units in the order they finished; rolled-back transactions are counted, not kept. */
export function recordUnits(): { units: Unit[]; rolledBack: () => number; stop: () => void } {
  const units: Unit[] = [];
  const open = new Map<pg.Client, Statement[]>();
  let rolledBack = 0;
  const stop = captureSql((client, statement) => {
    const verb = statement.text.trim().toUpperCase();
    if (verb === "BEGIN" || verb.startsWith("BEGIN ") || verb.startsWith("START TRANSACTION")) {
      open.set(client, []);
    } else if (verb === "COMMIT") {
      units.push({ statements: open.get(client) ?? [], transaction: true, committedAt: statement.at });
      open.delete(client);
    } else if (verb === "ROLLBACK") {
      open.delete(client);
      rolledBack++;
    } else {
      const tx = open.get(client);
      if (tx) tx.push(statement);
      else units.push({ statements: [statement], transaction: false });
    }
  });
  return { units, rolledBack: () => rolledBack, stop };
}

/**
 * Sends one recorded unit again on `client`, inside a transaction when it ran in one. Returns the
 * time from the answer to the first statement matching `from` until COMMIT is sent (null when
 * none matched), measured as the recording measures it.
 */
export async function replayUnit(client: pg.ClientBase, unit: Unit, from?: RegExp): Promise<number | null> {
  let mark: number | null = null;
  const send = async (s: Statement) => {
    await client.query(s.text, s.values);
    if (mark === null && from?.test(s.text)) mark = performance.now();
  };
  if (!unit.transaction) {
    for (const s of unit.statements) await send(s);
    return null;
  }
  await client.query("BEGIN");
  try {
    for (const s of unit.statements) await send(s);
    const held = mark === null ? null : performance.now() - mark;
    await client.query("COMMIT");
    return held;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

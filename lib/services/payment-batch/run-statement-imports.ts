import type { Db } from "@/lib/prisma-client";
import { actorOfUser, actorUserSelect } from "@/lib/auth/actor";
import { log } from "@/lib/log";
import { completeStatement, matchChunks, matchingOrder, parseOrRefuse, statementSummarySelect } from "./reconcile-statement";

export type StatementImportRun = {
  /** Statements completed in this run. */
  completed: number;
  /** Statement lines whose matching committed in this run. */
  lines: number;
  /** Queued statements still not completed when the run stopped (its time was up). */
  pending: number;
};

/** How long one run keeps matching before it leaves the rest to the next tick. */
export const STATEMENT_IMPORT_BUDGET_MS = 20_000;

/**
 * The scheduled job `statement-import` (scripts/worker.ts): matches the statements that were too
 * long to match inside their upload (import-statement.ts queues them), oldest first, with the same
 * chunk code as the upload, as the finance officer who uploaded each one (the actor is rebuilt from
 * their user row; the permission was checked at the upload). It stops starting chunks once
 * `budgetMs` has passed, and the next tick carries on from the statement's `processedCount`; a
 * statement whose lines are all matched is completed exactly as the upload completes a small one
 * (counts, completedAt, the `bankStatement.import` audit event). The scheduler runs it on one
 * worker at a time; a chunk is matched once even if two runs met (reconcile-statement.ts).
 *
 * The statement's text (rawText) is kept after completion: it is the evidence of what the bank
 * sent, its SHA-256 is on the row, and it is a few MB at most.
 *
 * A statement that fails (it parsed at the upload, so only a bug or the database) is logged and
 * the run goes on to the next one; the run then fails, so the tick is recorded FAILED.
 */
export async function runStatementImports(db: Db, { budgetMs = STATEMENT_IMPORT_BUDGET_MS }: { budgetMs?: number } = {}): Promise<StatementImportRun> {
  const until = Date.now() + budgetMs;
  const run: StatementImportRun = { completed: 0, lines: 0, pending: 0 };
  const failed: string[] = [];
  // Through BankStatement_queued_idx (completedAt IS NULL AND queuedAt IS NOT NULL).
  const queue = await db.bankStatement.findMany({
    where: { completedAt: null, queuedAt: { not: null } }, orderBy: [{ queuedAt: "asc" }, { id: "asc" }], select: { id: true },
  });
  for (const { id } of queue) {
    if (Date.now() >= until) {
      run.pending++;
      continue;
    }
    try {
      const statement = await db.bankStatement.findUniqueOrThrow({
        where: { id }, select: { ...statementSummarySelect, rawText: true, importedBy: { select: actorUserSelect } },
      });
      if (statement.completedAt) continue;
      if (statement.rawText === null) throw new Error(`queued statement ${id} has no text`);
      const actor = actorOfUser(statement.importedBy);
      const ordered = matchingOrder(parseOrRefuse(statement.rawText).entries);
      const done = await matchChunks(db, actor, statement, ordered, { until });
      const after = await db.bankStatement.findUniqueOrThrow({ where: { id }, select: { processedCount: true } });
      run.lines += after.processedCount - statement.processedCount;
      if (!done) {
        run.pending++;
        continue;
      }
      await completeStatement(db, actor, statement);
      run.completed++;
    } catch (error) {
      log.error({ err: error, statementId: id }, "statement import failed");
      failed.push(id);
    }
  }
  if (failed.length > 0) throw new Error(`statement import failed for ${failed.join(", ")}`);
  return run;
}

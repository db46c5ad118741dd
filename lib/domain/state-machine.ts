/**
 * A state machine as data: each entity's status.ts lists its allowed transitions
 * (`{ from, event, to, who }`) and gets its query functions from `defineStateMachine`. Services ask
 * it before the conditional update; the UI asks it which buttons to show. Pure: no I/O.
 */
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import type { SYSTEM } from "@/lib/auth/actor";

/** Who may fire an event: a signed-in role, or the system itself (sweeps, automatic follow-ups). */
export type Who = Role | typeof SYSTEM;

/**
 * One allowed transition. `when` makes a row conditional on a boolean fact about the entity that
 * the caller knows (e.g. whether pre-dispatch inspection is required), so one user action (one
 * button, one audit action) can lead to different statuses without the branching leaving the table.
 */
export interface Transition<S extends string, E extends string, F extends string = never> {
  from: S;
  event: E;
  to: S;
  who: Who;
  when?: { fact: F; is: boolean };
}

export type Facts<F extends string> = Partial<Record<F, boolean>>;

export interface StateMachine<S extends string, E extends string, F extends string> {
  readonly statuses: readonly S[];
  readonly events: readonly E[];
  readonly transitions: readonly Transition<S, E, F>[];
  /**
   * The status `event` leads to from `from`, or null when the table has no such transition.
   * Throws a TypeError (a programming error, not a user error) when the transition depends on a
   * fact that `facts` does not give.
   */
  nextStatus(from: S, event: E, facts?: Facts<F>): S | null;
  /** Events `who` may fire from `from`, each once, in table order: the buttons to show. */
  allowedEvents(from: S, who: Who): E[];
  /**
   * The status to move to, or throws AppError: FORBIDDEN when `who` never fires this event (the
   * permission check should have stopped it earlier), CONFLICT with the entity's
   * invalid-transition message when the event is not possible from `from` (someone else moved the
   * entity first, or the UI was stale). The CONFLICT carries `{ status: from, event }` as params.
   */
  assertTransition(from: S, event: E, who: Who, facts?: Facts<F>): S;
  /** No event leads anywhere from this status. */
  isTerminal(status: S): boolean;
}

export function defineStateMachine<S extends string, E extends string, F extends string = never>(
  definition: {
    statuses: readonly S[];
    events: readonly E[];
    transitions: readonly Transition<S, E, F>[];
    /** Message key for CONFLICT, e.g. "errors.supplyOrder.invalidTransition". */
    invalidTransitionKey: string;
  },
): StateMachine<S, E, F> {
  const { statuses, events, transitions, invalidTransitionKey } = definition;

  function nextStatus(from: S, event: E, facts: Facts<F> = {}): S | null {
    const rows = transitions.filter((t) => t.from === from && t.event === event);
    for (const row of rows) {
      if (!row.when) return row.to;
      const value = facts[row.when.fact];
      if (value === undefined) {
        throw new TypeError(`"${event}" from ${from} depends on the fact "${row.when.fact}"`);
      }
      if (value === row.when.is) return row.to;
    }
    return null;
  }

  function allowedEvents(from: S, who: Who): E[] {
    const allowed = transitions.filter((t) => t.from === from && t.who === who).map((t) => t.event);
    return [...new Set(allowed)];
  }

  function assertTransition(from: S, event: E, who: Who, facts: Facts<F> = {}): S {
    if (!transitions.some((t) => t.event === event && t.who === who)) {
      throw new AppError("FORBIDDEN");
    }
    const to = nextStatus(from, event, facts);
    if (to === null) {
      throw new AppError("CONFLICT", invalidTransitionKey, {}, { status: from, event });
    }
    return to;
  }

  function isTerminal(status: S): boolean {
    return !transitions.some((t) => t.from === status);
  }

  return { statuses, events, transitions, nextStatus, allowedEvents, assertTransition, isTerminal };
}

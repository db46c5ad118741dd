/**
 * What a firm is told the moment it registers (issue 15: it heard nothing): a reference number to
 * quote, and the day by which the industries department decides. Pure.
 */

/** Working days the industries department takes to check a registration (its citizen charter). */
export const REGISTRATION_DECISION_WORKING_DAYS = 7;

/** REG-<year>-<last 8 hex digits of the vendor's id>: short enough to read out on the phone, unique in practice and checked on lookup. */
export function registrationReference(vendorId: string, registeredAt: Date): string {
  const year = new Date(registeredAt.getTime() + 330 * 60_000).getUTCFullYear();
  return `REG-${year}-${vendorId.replace(/-/g, "").slice(-8).toUpperCase()}`;
}

/** The decision date: the given number of working days (Monday to Saturday, as state offices work) after registration, IST. */
export function registrationDecisionBy(registeredAt: Date, workingDays = REGISTRATION_DECISION_WORKING_DAYS): Date {
  const day = new Date(registeredAt.getTime() + 330 * 60_000);
  const at = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  let left = workingDays;
  while (left > 0) {
    at.setUTCDate(at.getUTCDate() + 1);
    if (at.getUTCDay() !== 0) left -= 1;
  }
  return at;
}

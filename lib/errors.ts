export type ErrorCode =
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "BUDGET_EXCEEDED"
  | "RATE_LIMITED"
  | "UNAVAILABLE";

/**
 * A failure the user can be told about. `messageKey` is a key in the message catalogues
 * (lib/i18n/messages/*.json, under "errors"); `fieldErrors` maps form fields to message keys.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = `errors.${code}`,
    readonly fieldErrors: Record<string, string[]> = {},
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError("NOT_FOUND");
export const conflict = (messageKey = "errors.CONFLICT") => new AppError("CONFLICT", messageKey);

/** Turns a zod error into per-field message keys. */
export function validationError(issues: { path: PropertyKey[]; message: string }[]): AppError {
  // Paths can carry names a request chose: no prototype to reach through them.
  const fieldErrors: Record<string, string[]> = Object.create(null);
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "_form";
    (fieldErrors[field] ??= []).push(issue.message.startsWith("errors.") ? issue.message : "errors.invalid");
  }
  return new AppError("VALIDATION", "errors.VALIDATION", fieldErrors);
}

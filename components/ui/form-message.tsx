import type { FormState } from "@/lib/forms";

/**
 * The form-level message of a server action's result, announced to screen readers: an error
 * ("check the fields marked below") or a success note.
 */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  const ok = state.ok === true;
  return (
    <p
      role={ok ? "status" : "alert"}
      className={ok ? "rounded-md border border-green-300 bg-green-50 p-3 text-green-900" : "rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-800"}
    >
      {state.message}
    </p>
  );
}

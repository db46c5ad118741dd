import type { SearchParams } from "@/components/ui/pagination";

/**
 * A one-off message after a redirect (?notice=…): a confirmation, announced politely, or a problem
 * (from `problems`), announced at once.
 */
export function Notice({ notice, messages, problems = {} }: { notice: SearchParams[string]; messages: Record<string, string>; problems?: Record<string, string> }) {
  const key = Array.isArray(notice) ? notice[0] : notice;
  if (!key) return null;
  if (problems[key]) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 font-semibold text-red-800">
        {problems[key]}
      </p>
    );
  }
  if (!messages[key]) return null;
  return (
    <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
      {messages[key]}
    </p>
  );
}

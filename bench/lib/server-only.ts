/**
 * The bench calls the app's own query and service functions in-process. They import
 * `server-only`, which throws outside Next's react-server build; this resolve hook turns it into
 * an empty module (as vitest.config.ts's alias does for the tests). Import this module before
 * anything that imports lib/db, lib/queries or lib/services — dynamically, since static imports
 * are resolved before any module body runs.
 */
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);

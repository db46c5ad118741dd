// A line per attack in test-results/security/<file>.tsv, so that a run leaves the table of what
// was sent and what came back (docs/security-testing.md).
import { appendFileSync, mkdirSync } from "node:fs";
import path from "node:path";

const DIR = path.join(import.meta.dirname, "../../../test-results/security");

export function record(file: string, attack: string, requests: number, outcome: string, verdict: "refused" | "ok" | "FAIL") {
  mkdirSync(DIR, { recursive: true });
  appendFileSync(path.join(DIR, `${file}.tsv`), [new Date().toISOString(), attack, requests, verdict, outcome.replace(/\s+/g, " ").slice(0, 300)].join("\t") + "\n");
}

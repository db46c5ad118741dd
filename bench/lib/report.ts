/**
 * The bench's figures: one row per measured figure, with its target and PASS / MISS, printed as a
 * table and written to bench/results/latest.json with the machine they were measured on.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Machine } from "./machine";

export type Verdict = "PASS" | "MISS" | "info" | "n/a";

export type Row = {
  /** Issue 9's numbering: 1 data set, 2 catalogue search, 3 placing orders … */
  section: string;
  figure: string;
  value: string;
  target: string;
  verdict: Verdict;
  /** Raw numbers behind the figure, for latest.json. */
  data?: Record<string, unknown>;
};

export class Report {
  readonly rows: Row[] = [];
  readonly startedAt = new Date();

  add(row: Row) {
    this.rows.push(row);
    console.log(`  ${row.verdict === "MISS" ? "✗" : row.verdict === "PASS" ? "✓" : "·"} ${row.section} ${row.figure}: ${row.value}${row.target ? `  (target ${row.target})` : ""}`);
  }

  /** A figure with a numeric target: PASS when `ok(value)`. */
  check(section: string, figure: string, value: number, unit: string, target: string, ok: (v: number) => boolean, data?: Record<string, unknown>) {
    this.add({ section, figure, value: `${fmt(value)} ${unit}`.trim(), target, verdict: Number.isFinite(value) && ok(value) ? "PASS" : "MISS", data });
  }

  info(section: string, figure: string, value: string, data?: Record<string, unknown>) {
    this.add({ section, figure, value, target: "", verdict: "info", data });
  }

  /** A measurement that could not be taken (feature missing, or it failed): shown, never hidden. */
  unavailable(section: string, figure: string, why: string, target = "") {
    this.add({ section, figure, value: `not available (${why})`, target, verdict: "n/a" });
  }

  print(machine: Machine, mode: string, seconds: number) {
    const header = ["#", "figure", "value", "target", ""];
    const lines = this.rows.map((r) => [r.section, r.figure, r.value, r.target, r.verdict === "info" ? "" : r.verdict]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => [...l[i]].length)));
    const pad = (cells: string[]) => cells.map((c, i) => c + " ".repeat(widths[i] - [...c].length)).join("  ").trimEnd();
    console.log(
      `\nManak benchmarks (${mode}) — ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB, node ${machine.node}, PostgreSQL ${machine.postgres}, ` +
        `Next ${machine.next}, React ${machine.react}, Prisma ${machine.prisma}; load average ${machine.loadAverageAtStart} at the start; ${Math.round(seconds)} s`,
    );
    console.log(pad(header));
    console.log(widths.map((w) => "─".repeat(w)).join("  "));
    for (const l of lines) console.log(pad(l));
    const missed = this.rows.filter((r) => r.verdict === "MISS").length;
    const missing = this.rows.filter((r) => r.verdict === "n/a").length;
    console.log(`\n${this.rows.filter((r) => r.verdict === "PASS").length} PASS, ${missed} MISS${missing ? `, ${missing} not available` : ""}`);
  }

  write(file: string, machine: Machine, mode: string, seconds: number) {
    mkdirSync(path.dirname(file), { recursive: true });
    const json = JSON.stringify(
      { mode, startedAt: this.startedAt.toISOString(), seconds: Math.round(seconds), machine, rows: this.rows },
      (_k, v) => (typeof v === "bigint" ? v.toString() : v),
      2,
    );
    writeFileSync(file, `${json}\n`);
  }
}

export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return x.toLocaleString("en-US");
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString("en-US");
  if (Math.abs(x) >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

/** What the figures were measured on: they mean little without it. */
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export type Machine = {
  cores: number;
  cpu: string;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  next: string;
  react: string;
  prisma: string;
  loadAverageAtStart: number;
};

const root = path.resolve(import.meta.dirname, "../..");
const versionOf = (pkg: string) => (JSON.parse(readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

export function machineInfo(postgresVersion: string): Machine {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: postgresVersion,
    next: versionOf("next"),
    react: versionOf("react"),
    prisma: versionOf("@prisma/client"),
    loadAverageAtStart: Math.round(os.loadavg()[0] * 10) / 10,
  };
}

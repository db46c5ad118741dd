import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI would download a native schema engine, which cannot be fetched here.
// Point it at a stub that explains to use the project's own migrate script instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "no-schema-engine.sh");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres:postgres@localhost:5432/manak" },
});

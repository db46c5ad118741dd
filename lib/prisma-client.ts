import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Builds a Prisma client over the pg driver adapter. Scripts and tests call this directly. */
export function createPrisma(url = process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL is not set");
  const max = Number(process.env.DB_POOL_MAX ?? 10);
  // Timestamps are stored as UTC; pin the session time zone so database defaults (now()) agree
  // whatever the server's own zone is.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max, options: "-c TimeZone=UTC" }) });
}

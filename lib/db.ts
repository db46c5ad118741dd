import "server-only";
import { createPrisma, type Db } from "./prisma-client";

// One Prisma client per server process; reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { manakPrisma?: Db };

export const db: Db = globalForPrisma.manakPrisma ?? createPrisma();
if (process.env.NODE_ENV !== "production") globalForPrisma.manakPrisma = db;

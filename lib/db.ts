import "server-only";
import { createPrisma, type Db } from "./prisma-client";

// One Prisma client per server process, created on first use (so `next build` never needs a
// database) and reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { manakPrisma?: Db };

function client(): Db {
  globalForPrisma.manakPrisma ??= createPrisma();
  return globalForPrisma.manakPrisma;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const value = Reflect.get(client(), prop);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

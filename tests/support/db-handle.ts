// Closes the app's shared Prisma client at the end of a test file, if the file opened it.
export async function testDbDisconnect() {
  const g = globalThis as unknown as { manakPrisma?: { $disconnect(): Promise<void> } };
  await g.manakPrisma?.$disconnect();
}

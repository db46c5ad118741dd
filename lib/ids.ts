import { randomFillSync } from "node:crypto";

// Random bits are drawn 4 KiB at a time (256 ids), not 16 bytes a call: one system call instead of
// one per id, which placing an order (a dozen ids) otherwise paid for every id.
const POOL = Buffer.alloc(4096);
let offset = POOL.length;

/**
 * A version-7 UUID (RFC 9562): a 48-bit Unix millisecond timestamp, then random bits — the kind
 * Prisma's `@default(uuid(7))` makes, so ids still sort by creation time (the keyset lists rely
 * on it). For rows whose id must be known before they are written, so related rows can be
 * inserted together without reading anything back.
 */
export function uuidv7(now = Date.now()): string {
  if (offset + 16 > POOL.length) {
    randomFillSync(POOL);
    offset = 0;
  }
  const bytes = POOL.subarray(offset, offset + 16); // used once: overwritten in place
  offset += 16;
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

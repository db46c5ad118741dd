import { randomBytes } from "node:crypto";

/**
 * A version-7 UUID (RFC 9562): a 48-bit Unix millisecond timestamp, then random bits — the kind
 * Prisma's `@default(uuid(7))` makes, so ids still sort by creation time (the keyset lists rely
 * on it). For rows whose id must be known before they are written, so related rows can be
 * inserted together without reading anything back.
 */
export function uuidv7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

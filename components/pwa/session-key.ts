import "server-only";
import { createHash } from "node:crypto";

/**
 * An opaque per-user key the browser uses to keep one person's offline data apart from the next
 * person's on a shared phone (kept pages, queued receipts). Not a secret and not a credential.
 */
export function pwaSessionKey(userId: string | null): string | null {
  return userId ? createHash("sha256").update(`manak-pwa:${userId}`).digest("base64url").slice(0, 16) : null;
}

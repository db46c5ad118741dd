// `npm run audit:checkpoint`: signs the audit chain's head now and publishes it as the next
// checkpoint (the worker does the same once a day). Needs the signing key (AUDIT_SIGNING_KEY or
// AUDIT_SIGNING_KEY_FILE; outside production, the one generated into .data/) and DATABASE_URL.
import { loadSigningKey } from "../lib/audit/signing-key";
import { createPrisma } from "../lib/prisma-client";
import { signAuditCheckpoint } from "../lib/services/audit/sign-checkpoint";

const key = loadSigningKey();
if (!key) {
  console.error("no audit signing key: set AUDIT_SIGNING_KEY or AUDIT_SIGNING_KEY_FILE");
  process.exit(1);
}
const db = createPrisma();
const cp = await signAuditCheckpoint(db, key);
await db.$disconnect();
console.log(`checkpoint #${cp!.number}: seq ${cp!.seq} hash ${cp!.hash} signed at ${cp!.signedAt}`);

import crypto, { type KeyObject } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { verifyKeyFromPem } from "./checkpoint";

/**
 * The Ed25519 key that signs audit checkpoints never lives in the database: production passes it in
 * AUDIT_SIGNING_KEY (PKCS#8 PEM) or AUDIT_SIGNING_KEY_FILE, to the worker only. Outside production,
 * a key is generated once into the git-ignored .data folder, like the development session secret.
 * Verifiers (the web app's /verify, npm run audit:verify) need only the public half:
 * AUDIT_PUBLIC_KEY (SPKI PEM) or AUDIT_PUBLIC_KEY_FILE, else the public half of the signing key.
 */
export function devKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.MANAK_DATA_DIR ?? path.join(process.cwd(), ".data"), "audit-signing-key.pem");
}

export function loadSigningKey(env: NodeJS.ProcessEnv = process.env): KeyObject | null {
  if (env.AUDIT_SIGNING_KEY) return crypto.createPrivateKey(env.AUDIT_SIGNING_KEY);
  if (env.AUDIT_SIGNING_KEY_FILE) return crypto.createPrivateKey(readFileSync(env.AUDIT_SIGNING_KEY_FILE, "utf8"));
  if (env.NODE_ENV === "production") return null;
  const file = devKeyFile(env);
  try {
    return crypto.createPrivateKey(readFileSync(file, "utf8"));
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const { privateKey } = crypto.generateKeyPairSync("ed25519");
    try {
      // wx: two processes starting together keep the first one's key.
      writeFileSync(file, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600, flag: "wx" });
    } catch {
      // written by the other process meanwhile
    }
    return crypto.createPrivateKey(readFileSync(file, "utf8"));
  }
}

/** The key checkpoints are verified with, or null when none is configured (production without AUDIT_PUBLIC_KEY). */
export function loadVerifyKey(env: NodeJS.ProcessEnv = process.env): KeyObject | null {
  if (env.AUDIT_PUBLIC_KEY) return verifyKeyFromPem(env.AUDIT_PUBLIC_KEY);
  if (env.AUDIT_PUBLIC_KEY_FILE) return verifyKeyFromPem(readFileSync(env.AUDIT_PUBLIC_KEY_FILE, "utf8"));
  const signing = loadSigningKey(env);
  return signing ? crypto.createPublicKey(signing) : null;
}

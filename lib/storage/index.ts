/**
 * The file store behind attachments (inspection and receipt photos). `putFile` / `getFile` are
 * all the rest of the app uses, so the store can change without touching a service.
 *
 * Drivers, chosen by STORAGE_DRIVER:
 * - "local" (default): files on disk under UPLOAD_DIR (default .data/uploads).
 * - "s3": production, where many stateless web servers share one store: any S3-compatible
 *   bucket (AWS S3, MinIO, a state data centre's object store) through @aws-sdk/client-s3,
 *   configured by S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY
 *   (lib/storage/s3.ts; docs/operations.md).
 * Any other value fails at first use rather than silently writing to local disk.
 */
import { localDiskStorage } from "./local-disk";
import { s3ConfigFromEnv, s3Storage } from "./s3";
import type { FileStorage } from "./types";

export type { FileStorage } from "./types";

let configured: FileStorage | undefined;

function fileStorage(): FileStorage {
  if (configured) return configured;
  const driver = process.env.STORAGE_DRIVER ?? "local";
  if (driver === "s3") return (configured = s3Storage(s3ConfigFromEnv()));
  if (driver !== "local") throw new Error(`STORAGE_DRIVER="${driver}" is not available; use "local" or "s3"`);
  configured = localDiskStorage(process.env.UPLOAD_DIR ?? ".data/uploads");
  return configured;
}

export function putFile(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
  return fileStorage().put(key, bytes, contentType);
}

export function getFile(key: string): Promise<Uint8Array | null> {
  return fileStorage().get(key);
}

export function removeFile(key: string): Promise<void> {
  return fileStorage().remove(key);
}

/**
 * The file store behind attachments (inspection and receipt photos). `putFile` / `getFile` are
 * all the rest of the app uses, so the store can change without touching a service.
 *
 * Drivers, chosen by STORAGE_DRIVER:
 * - "local" (default): files on disk under UPLOAD_DIR (default .data/uploads).
 * - "s3": the slot for production, where many stateless web servers share one store. It needs an
 *   S3-compatible client (e.g. @aws-sdk/client-s3 against AWS S3, MinIO or a state data centre's
 *   object store, configured by S3_ENDPOINT, S3_BUCKET, S3_REGION and the usual access keys);
 *   implement FileStorage in lib/storage/s3.ts with PutObject / GetObject / DeleteObject and return
 *   it below. The package is not installed in this build, so asking for "s3" fails at start-up
 *   rather than silently writing to local disk.
 */
import { localDiskStorage } from "./local-disk";
import type { FileStorage } from "./types";

export type { FileStorage } from "./types";

let configured: FileStorage | undefined;

function fileStorage(): FileStorage {
  if (configured) return configured;
  const driver = process.env.STORAGE_DRIVER ?? "local";
  if (driver !== "local") {
    throw new Error(`STORAGE_DRIVER="${driver}" is not available in this build; see lib/storage/index.ts`);
  }
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

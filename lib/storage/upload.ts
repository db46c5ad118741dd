/**
 * Turning files a person sent into stored files ready to become Attachment rows. Files are written
 * before the database transaction (a store is not transactional); the caller removes them with
 * `discardUploads` when the transaction fails, so no Attachment row ever points at nothing.
 *
 *   const stored = await storeUploads(files, "photos");
 *   try {
 *     await db.$transaction(async (tx) => {
 *       await tx.attachment.createMany({ data: stored.map((f) => ({ ...f, uploadedById, receiptId })) });
 *     });
 *   } catch (e) { await discardUploads(stored); throw e; }
 */
import { createHash, randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { putFile, removeFile } from "./index";
import { cleanFileName, sniffUploadType, uploadProblem } from "./validate";

/** A file as a service receives it: server actions turn a form's File into this. */
export type UploadInput = { name: string; bytes: Uint8Array };

/** The Attachment columns a stored file fills (add uploadedById and the owner's id). */
export type StoredUpload = { storageKey: string; fileName: string; mimeType: string; sizeBytes: number; sha256: string };

/** Photos a single form may carry: enough to show a defect, bounded so a request stays small. */
const MAX_FILES_PER_FORM = 3;

/**
 * Reads a form's files. A file input left empty still sends a 0-byte part (its name "" or, once
 * decoded by the server action, "undefined"), so 0-byte parts are skipped rather than reported.
 */
export async function uploadsFromForm(formData: FormData, field: string): Promise<UploadInput[]> {
  return uploadsOf(formData.getAll(field).filter((v): v is File => typeof v !== "string"));
}

/** The bytes of non-empty files, e.g. FormInput.files(field). */
export async function uploadsOf(files: readonly File[]): Promise<UploadInput[]> {
  const sent = files.filter((file) => file.size > 0);
  return Promise.all(sent.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/**
 * Validates every file first (type by content, size, count; any problem is a VALIDATION error on
 * `field`, nothing stored), then stores them.
 */
export async function storeUploads(files: readonly UploadInput[], field: string): Promise<StoredUpload[]> {
  if (files.length > MAX_FILES_PER_FORM) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { [field]: ["errors.upload.tooMany"] }, { max: MAX_FILES_PER_FORM });
  }
  for (const file of files) {
    const problem = uploadProblem(file.bytes);
    if (problem) {
      throw new AppError("VALIDATION", "errors.VALIDATION", { [field]: [`errors.upload.${problem}`] }, { name: cleanFileName(file.name, "?") });
    }
  }
  const stored: StoredUpload[] = [];
  try {
    for (const file of files) {
      const type = sniffUploadType(file.bytes)!;
      const now = new Date();
      const storageKey = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}.${type.extension}`;
      await putFile(storageKey, file.bytes, type.mimeType);
      stored.push({
        storageKey,
        fileName: cleanFileName(file.name, `file.${type.extension}`),
        mimeType: type.mimeType,
        sizeBytes: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
      });
    }
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
  return stored;
}

/** Best effort: a leftover file is harmless, an error here must not hide the original failure. */
export async function discardUploads(stored: readonly StoredUpload[]): Promise<void> {
  await Promise.all(stored.map((file) => removeFile(file.storageKey).catch(() => undefined)));
}

/**
 * What an upload may be (issue 5: inspection photos, receipt photos): JPEG, PNG or WebP images and
 * PDFs of at most 5 MB. The type is read from the file's first bytes, never from its name or the
 * browser's claim, so a renamed executable is refused. Pure: no I/O.
 */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export type UploadType = { mimeType: "image/jpeg" | "image/png" | "image/webp" | "application/pdf"; extension: string };

const ascii = (bytes: Uint8Array, from: number, text: string) =>
  bytes.length >= from + text.length && [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

/** The type the bytes really are, or null when they are none of the accepted ones. */
export function sniffUploadType(bytes: Uint8Array): UploadType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return { mimeType: "image/jpeg", extension: "jpg" };
  }
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) {
    return { mimeType: "image/png", extension: "png" };
  }
  if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) return { mimeType: "image/webp", extension: "webp" };
  if (ascii(bytes, 0, "%PDF-")) return { mimeType: "application/pdf", extension: "pdf" };
  return null;
}

export type UploadProblem = "empty" | "tooLarge" | "type";

/** Why a file cannot be accepted (message key `errors.upload.<problem>`), or null when it can. */
export function uploadProblem(bytes: Uint8Array): UploadProblem | null {
  if (bytes.length === 0) return "empty";
  if (bytes.length > MAX_UPLOAD_BYTES) return "tooLarge";
  return sniffUploadType(bytes) ? null : "type";
}

/**
 * A file name safe to store and to send back in Content-Disposition: the last path segment,
 * without control characters, at most 120 characters; a fallback when nothing is left.
 */
export function cleanFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"]/g, "").trim().slice(-120);
  return cleaned || fallback;
}

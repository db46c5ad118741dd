/** Where uploaded files live. Keys are opaque paths such as "2026/11/0193…e1.jpg". */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes, or null when there is no such key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Deletes the file if it exists (used to clean up after a failed transaction). */
  remove(key: string): Promise<void>;
}

import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localDiskStorage } from "@/lib/storage/local-disk";
import { cleanFileName, MAX_UPLOAD_BYTES, sniffUploadType, uploadProblem } from "@/lib/storage/validate";

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === "string" ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe("sniffUploadType", () => {
  it.each([
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xdb, 0), "image/jpeg"],
    ["PNG", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0), "image/png"],
    ["WebP", bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "), "image/webp"],
    ["PDF", bytes("%PDF-1.4\n"), "application/pdf"],
  ])("recognises %s by its first bytes", (_name, file, mimeType) => {
    expect(sniffUploadType(file)?.mimeType).toBe(mimeType);
  });

  it.each([
    ["a Windows executable", bytes("MZ", 0x90, 0)],
    ["an SVG (script inside an image)", bytes("<svg xmlns=")],
    ["HTML", bytes("<!doctype html>")],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", 0, 0, 0, 0, "WAVEfmt ")],
    ["a truncated PNG header", bytes(0x89, "PN")],
    ["a GIF", bytes("GIF89a")],
  ])("refuses %s", (_name, file) => {
    expect(sniffUploadType(file)).toBeNull();
    expect(uploadProblem(file)).toBe("type");
  });

  it("refuses empty files and files over 5 MB, accepts exactly 5 MB", () => {
    expect(uploadProblem(new Uint8Array())).toBe("empty");
    const limit = new Uint8Array(MAX_UPLOAD_BYTES);
    limit.set([0xff, 0xd8, 0xff]);
    expect(uploadProblem(limit)).toBeNull();
    const over = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    over.set([0xff, 0xd8, 0xff]);
    expect(uploadProblem(over)).toBe("tooLarge");
  });
});

describe("cleanFileName", () => {
  it.each([
    ["C:\\Users\\ram\\Desktop\\photo 1.jpg", "photo 1.jpg"],
    ["../../etc/passwd", "passwd"],
    ['bad"name\u0000\n.png', "badname.png"],
    ["", "file.jpg"],
    ["फ़ोटो.jpg", "फ़ोटो.jpg"],
  ])("%j → %j", (input, expected) => {
    expect(cleanFileName(input, "file.jpg")).toBe(expected);
  });
});

describe("localDiskStorage", () => {
  it("stores, reads back, refuses to overwrite, removes, and never leaves its folder", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "manak-store-"));
    const store = localDiskStorage(root);
    const data = bytes(0xff, 0xd8, 0xff, 1, 2, 3);
    await store.put("2026/11/a.jpg", data, "image/jpeg");
    expect(await store.get("2026/11/a.jpg")).toEqual(data);
    await expect(store.put("2026/11/a.jpg", data, "image/jpeg")).rejects.toThrow();
    expect(await store.get("2026/11/missing.jpg")).toBeNull();
    await store.remove("2026/11/a.jpg");
    expect(await store.get("2026/11/a.jpg")).toBeNull();
    await expect(store.get("../outside.jpg")).rejects.toThrow(/escapes/);
    await expect(store.put("../../outside.jpg", data, "image/jpeg")).rejects.toThrow(/escapes/);
    expect(readdirSync(path.dirname(root)).includes("outside.jpg")).toBe(false);
  });
});

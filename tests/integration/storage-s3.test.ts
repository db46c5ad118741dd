// Issue 16: photos on S3-compatible object storage. A real S3 server (s3rver) started here; the
// app's code goes through the AWS SDK exactly as it would against AWS or MinIO.
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const uploadDir = mkdtempSync(path.join(os.tmpdir(), "manak-uploads-"));
Object.assign(process.env, {
  STORAGE_DRIVER: "s3", S3_BUCKET: "manak-test-uploads", S3_REGION: "ap-south-1",
  S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER", UPLOAD_DIR: uploadDir,
});

import { db } from "@/lib/db";
import { getAttachmentForActor } from "@/lib/queries/attachments";
import { recordInspection } from "@/lib/services/inspection/record-inspection";
import { getFile, putFile, removeFile } from "@/lib/storage";
import { makeFulfilmentWorld, makeStrangers, makeSupplyOrderIn, preInspectionForm, SAMPLE_FILES } from "../factories/fulfilment";

let server: S3rver;
let s3: S3Client;
beforeAll(async () => {
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: mkdtempSync(path.join(os.tmpdir(), "manak-s3-")) });
  const { port } = await server.run();
  process.env.S3_ENDPOINT = `http://127.0.0.1:${port}`;
  s3 = new S3Client({ endpoint: process.env.S3_ENDPOINT, region: "ap-south-1", forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  await s3.send(new CreateBucketCommand({ Bucket: "manak-test-uploads" }));
});
afterAll(async () => {
  s3?.destroy();
  await server?.close();
});

describe("STORAGE_DRIVER=s3", () => {
  it("stores, reads back and removes a file in the bucket, and nothing on local disk", async () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await putFile("2026/12/abc.png", bytes, "image/png");
    const head = await s3.send(new HeadObjectCommand({ Bucket: "manak-test-uploads", Key: "2026/12/abc.png" }));
    expect(head.ContentType).toBe("image/png");
    expect(await getFile("2026/12/abc.png")).toEqual(bytes);
    await removeFile("2026/12/abc.png");
    expect(await getFile("2026/12/abc.png")).toBeNull();
    expect(readdirSync(uploadDir)).toEqual([]);
  });

  it("a missing key is null, and a key that climbs out is refused", async () => {
    expect(await getFile("2026/12/none.jpg")).toBeNull();
    await expect(putFile("../etc/passwd", new Uint8Array([1]), "image/png")).rejects.toThrow(/not allowed/);
  });

  it("an inspection photo lands in the bucket; only those concerned may get it", async () => {
    const world = await makeFulfilmentWorld(db);
    const strangers = await makeStrangers(db, world);
    const { line, inspection } = await makeSupplyOrderIn(db, world, "AWAITING_PRE_INSPECTION");
    await recordInspection(world.inspectorActor, { inspectionId: inspection!.id, ...preInspectionForm(line.id, "PASS"), photos: [SAMPLE_FILES.jpeg] });
    const [photo] = await db.attachment.findMany({ where: { inspectionId: inspection!.id } });
    const object = await s3.send(new GetObjectCommand({ Bucket: "manak-test-uploads", Key: photo.storageKey }));
    expect(await object.Body!.transformToByteArray()).toEqual(SAMPLE_FILES.jpeg.bytes);
    expect(await getAttachmentForActor(world.inspectorActor, photo.id)).not.toBeNull();
    for (const stranger of Object.values(strangers)) expect(await getAttachmentForActor(stranger, photo.id)).toBeNull();
  });
});

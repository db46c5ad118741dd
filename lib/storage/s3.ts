import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import type { FileStorage } from "./types";

export type S3StorageConfig = {
  bucket: string;
  /** An S3-compatible endpoint (MinIO, a state data centre's store); unset means AWS itself. */
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style URLs (`endpoint/bucket/key`): what most S3-compatible servers need. */
  forcePathStyle: boolean;
  /** Optional prefix inside the bucket, e.g. "uploads/". */
  prefix: string;
};

/** Reads S3_* (falling back to the AWS SDK's own AWS_* variables for the credentials and region). */
export function s3ConfigFromEnv(env: NodeJS.ProcessEnv = process.env): S3StorageConfig {
  const bucket = env.S3_BUCKET;
  if (!bucket) throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET (and S3_ENDPOINT for a store other than AWS)");
  return {
    bucket,
    endpoint: env.S3_ENDPOINT || undefined,
    region: env.S3_REGION ?? env.AWS_REGION ?? "ap-south-1",
    accessKeyId: env.S3_ACCESS_KEY_ID ?? env.AWS_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? env.AWS_SECRET_ACCESS_KEY,
    forcePathStyle: (env.S3_FORCE_PATH_STYLE ?? (env.S3_ENDPOINT ? "true" : "false")) === "true",
    prefix: env.S3_PREFIX ?? "",
  };
}

/**
 * Files in an S3-compatible bucket, so that every web node reads what any node stored. Downloads
 * still go through the app (app/api/attachments/[id]), which checks who may see the file first:
 * the bucket itself stays private and is never linked to.
 */
export function s3Storage(config: S3StorageConfig): FileStorage {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials: config.accessKeyId && config.secretAccessKey ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } : undefined,
    maxAttempts: 3,
  });
  const keyOf = (key: string) => {
    if (key.startsWith("/") || key.split("/").includes("..")) throw new Error(`storage key not allowed: ${key}`);
    return config.prefix + key;
  };
  return {
    async put(key, bytes, contentType) {
      // If-None-Match: a key is written once, as on local disk; servers that ignore it still get a fresh UUID key.
      await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: keyOf(key), Body: bytes, ContentType: contentType, IfNoneMatch: "*" }));
    },
    async get(key) {
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: keyOf(key) }));
        return response.Body ? await response.Body.transformToByteArray() : null;
      } catch (error) {
        if (error instanceof NoSuchKey || (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)) return null;
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: keyOf(key) }));
    },
  };
}

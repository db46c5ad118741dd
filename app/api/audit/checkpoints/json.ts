import type { Checkpoint } from "@/lib/audit/checkpoint";

/** A checkpoint as published: its signed fields, the signed text and signature, and links to itself and the previous one. */
export function checkpointJson(cp: Checkpoint, base: string) {
  return {
    ...cp,
    url: `${base}/api/audit/checkpoints/${cp.number}`,
    previous: cp.number > 1 ? `${base}/api/audit/checkpoints/${cp.number - 1}` : null,
  };
}

import type { Tx } from "@/lib/prisma-client";
import { AppError } from "@/lib/errors";

/** The policy version in force at `at` (lib/domain/policy/policy.ts policyInForce, done by the index). */
export async function policyVersionInForce(tx: Tx, at: Date) {
  const version = await tx.policyVersion.findFirst({
    where: { effectiveFrom: { lte: at } },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
  });
  if (!version) throw new AppError("UNAVAILABLE", "errors.purchaseOrder.noPolicy");
  return version;
}

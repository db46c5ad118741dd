import { Prisma } from "@/lib/generated/prisma/client";

/**
 * When `error` is a unique-constraint violation (Prisma P2002), the model and the columns of the
 * violated constraint, so a service can tell the user which value is already taken. Two people
 * submitting the same thing at once both pass the friendly "already taken?" check; the database
 * constraint is what decides, and this turns its verdict back into a field error.
 */
export function uniqueViolation(error: unknown): { model: string | null; fields: string[] } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = (error.meta ?? {}) as {
    modelName?: string;
    target?: string | string[];
    driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
  };
  const constraint = meta.driverAdapterError?.cause?.constraint;
  const fields =
    constraint?.fields ??
    (Array.isArray(meta.target) ? meta.target : null) ??
    // An index name such as "Vendor_gstin_key": the columns sit between the model and "_key".
    (constraint?.index ?? (typeof meta.target === "string" ? meta.target : "")).replace(/^[^_]+_|_key$/g, "").split("_").filter(Boolean);
  return { model: meta.modelName ?? null, fields: fields.map((f) => f.replace(/"/g, "")) };
}

/** Any unique-constraint violation: P2002 from a model query, or SQLSTATE 23505 from a raw statement (lib/insert-rows.ts). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const meta = (error.meta ?? {}) as { code?: string; driverAdapterError?: { originalCode?: string; cause?: { originalCode?: string } } };
  const adapter = meta.driverAdapterError;
  return [meta.code, adapter?.originalCode, adapter?.cause?.originalCode].includes("23505");
}

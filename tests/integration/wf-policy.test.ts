import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_POLICY } from "@/lib/domain/policy/policy";
import { policyToFormValues } from "@/lib/domain/policy/input";
import { createPolicyVersion } from "@/lib/services/policy/create-policy-version";
import { policyVersionInForce } from "@/lib/services/purchase-order/policy-in-force";
import { codeOf, makeFulfilmentWorld, makeSupplyOrderIn, race, type FulfilmentWorld } from "../factories/fulfilment";

let world: FulfilmentWorld;
beforeAll(async () => {
  world = await makeFulfilmentWorld(db);
});

const DAY = 86_400_000;
const istDate = (offsetDays: number) => new Date((Math.floor((Date.now() + 330 * 60_000) / DAY) + offsetDays) * DAY).toISOString().slice(0, 10);
const form = (changes: Record<string, string> = {}) => ({ ...policyToFormValues(DEFAULT_POLICY), effectiveFrom: istDate(1), ...changes });

describe("createPolicyVersion", () => {
  it("publishes the next version from a date; orders placed before keep theirs", async () => {
    const { so } = await makeSupplyOrderIn(db, world, "BILLED");
    const created = await createPolicyVersion(world.adminActor, form({ paymentDueDays: "30", ldRatePerWeek: "1", effectiveFrom: istDate(1) }));
    expect(created).toMatchObject({ version: 2, paymentDueDays: 30, ldRateBpPerWeek: 100, createdById: world.adminActor.userId });
    // Midnight in India at the start of the chosen day.
    expect(created.effectiveFrom.toISOString()).toBe(new Date(Date.parse(istDate(1)) - 330 * 60_000).toISOString());

    expect((await db.$transaction((tx) => policyVersionInForce(tx, new Date()))).version).toBe(1);
    expect((await db.$transaction((tx) => policyVersionInForce(tx, new Date(Date.now() + 2 * DAY)))).version).toBe(2);
    expect((await db.supplyOrder.findUniqueOrThrow({ where: { id: so.id }, include: { policyVersion: true } })).policyVersion.version).toBe(1);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
    expect(audit).toMatchObject({ action: "policy.createVersion", actorRole: "ADMIN" });
    expect(audit.data).toMatchObject({ version: 2, paymentDueDays: 30 });
  });

  it("takes effect at once when dated today", async () => {
    const before = new Date();
    const created = await createPolicyVersion(world.adminActor, form({ effectiveFrom: istDate(0), bankRate: "6.5" }));
    expect(created.effectiveFrom.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect((await db.$transaction((tx) => policyVersionInForce(tx, new Date()))).version).toBe(created.version);
  });

  it("refuses what the law or the form does not allow, field by field, and non-admins", async () => {
    const err = await createPolicyVersion(world.adminActor, form({ paymentDueDays: "60", ldCap: "abc", effectiveFrom: istDate(-1) })).catch((e) => e);
    expect(err.code).toBe("VALIDATION");
    expect(err.fieldErrors).toEqual({
      paymentDueDays: ["errors.policy.paymentDueDays"],
      ldCap: ["errors.policy.percent"],
      effectiveFrom: ["errors.policy.effectiveFromPast"],
    });
    for (const actor of [world.financeActor, world.buyerActor, world.inspectorActor]) {
      expect(codeOf(await createPolicyVersion(actor, form()).catch((e) => e))).toBe("FORBIDDEN");
    }
  });

  it("two admins publishing at once never share a version number", async () => {
    const { successes, failures } = await race(5, () => createPolicyVersion(world.adminActor, form()));
    expect(successes.length).toBeGreaterThanOrEqual(1);
    expect(failures.every((f) => f === "CONFLICT")).toBe(true);
    const versions = (await db.policyVersion.findMany({ select: { version: true } })).map((v) => v.version);
    expect(new Set(versions).size).toBe(versions.length);
  });
});

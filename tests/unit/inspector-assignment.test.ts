import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { needsPreInspection, pickInspector, type InspectorCandidate } from "@/lib/domain/allocation/inspector";
import { DEFAULT_POLICY } from "@/lib/domain/policy/policy";

const SITE = 7;
const inspector = (inspectorId: string, districtId: number, openLoad: number, active = true): InspectorCandidate => ({
  inspectorId,
  districtId,
  openLoad,
  active,
});

describe("pickInspector", () => {
  it.each([
    ["nobody", null, []],
    ["only inactive inspectors", null, [inspector("a", SITE, 0, false)]],
    ["same district first, even when busier", "near", [inspector("far", 1, 0), inspector("near", SITE, 9)]],
    ["then the least open load", "free", [inspector("busy", SITE, 3), inspector("free", SITE, 1), inspector("far", 2, 0)]],
    ["then the smallest id", "a", [inspector("b", SITE, 2), inspector("a", SITE, 2), inspector("c", SITE, 2)]],
    ["nobody in the district: least loaded elsewhere", "y", [inspector("x", 1, 4), inspector("y", 2, 2), inspector("z", 3, 2)]],
    ["an inactive local is skipped", "far", [inspector("near", SITE, 0, false), inspector("far", 1, 5)]],
  ] as const)("%s → %s", (_case, expected, candidates) => {
    expect(pickInspector([...candidates], SITE)?.inspectorId ?? null).toBe(expected);
  });

  it("returns the caller's own object, extra fields included", () => {
    const candidates = [{ ...inspector("a", SITE, 0), userId: "u-a" }];
    expect(pickInspector(candidates, SITE)).toBe(candidates[0]);
  });

  // District first, then load, then id: the order pickInspector must respect.
  const sortKey = (x: InspectorCandidate) => [x.districtId === SITE ? 0 : 1, x.openLoad, x.inspectorId] as const;
  const notBefore = (a: InspectorCandidate, b: InspectorCandidate) => {
    const [ka, kb] = [sortKey(a), sortKey(b)];
    return ka[0] !== kb[0] ? ka[0] > kb[0] : ka[1] !== kb[1] ? ka[1] > kb[1] : ka[2] >= kb[2];
  };

  it("picks the first active candidate in that order, whatever order they arrive in", () => {
    const candidateArb = fc.record({
      inspectorId: fc.constantFrom("a", "b", "c", "d", "e", "f"),
      districtId: fc.constantFrom(1, SITE),
      openLoad: fc.integer({ min: 0, max: 3 }),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(candidateArb, { selector: (c) => c.inspectorId, maxLength: 6 }), (candidates) => {
        const picked = pickInspector(candidates, SITE);
        expect(pickInspector([...candidates].reverse(), SITE)).toBe(picked);
        if (picked === null) {
          expect(candidates.every((c) => !c.active)).toBe(true);
        } else {
          expect(picked.active).toBe(true);
          for (const c of candidates.filter((x) => x.active)) expect(notBefore(c, picked)).toBe(true);
        }
      }),
    );
  });
});

describe("needsPreInspection", () => {
  it.each([
    ["no flag, small order", false, [false, false], 5_000_000n],
    ["no flag, exactly ₹1,00,000", false, [false], 10_000_000n],
    ["no flag, a paisa above ₹1,00,000", true, [false], 10_000_001n],
    ["one item flagged, small order", true, [false, true], 100n],
    ["no items", false, [], 0n],
  ])("%s → %s", (_case, expected, flags, value) => {
    expect(needsPreInspection(flags, value, DEFAULT_POLICY)).toBe(expected);
  });

  it("follows the policy's threshold", () => {
    expect(needsPreInspection([false], 2_000_000n, { preInspectionThresholdPaise: 1_000_000n })).toBe(true);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeBill, istDayNumber, msmedInterest, type BillInput } from "@/lib/domain/bill/rules";

const policy = {
  ldRateBpPerWeek: 50,
  ldCapBp: 1000,
  tdsThresholdPaise: 25_000_000n, // ₹2,50,000
  tdsRateBp: 200,
  paymentDueDays: 10,
};

// 100 units at ₹1,000 = ₹1,00,000 taxable; 18 % GST = ₹18,000.
const base: BillInput = {
  acceptedQuantity: 100,
  unitPricePaise: 100_000n,
  gstRateBp: 1800,
  intraState: true,
  contractValuePaise: 10_000_000n,
  policy,
  deliverBy: new Date("2026-03-10T00:00:00Z"), // date-only, as Prisma returns @db.Date
  deliveredAt: new Date("2026-03-09T06:00:00Z"),
  acceptedAt: new Date("2026-03-20T04:30:00Z"), // 10:00 IST
};

const days = (n: number) => new Date(Date.UTC(2026, 2, 10 + n, 6, 0));

describe("computeBill: liquidated damages", () => {
  it.each([
    ["early", new Date("2026-03-05T06:00:00Z"), 0, 0, 0n],
    ["on the day, 23:59 IST", new Date("2026-03-10T18:29:59Z"), 0, 0, 0n],
    ["00:00 IST next day = 1 day = 1 week", new Date("2026-03-10T18:30:00Z"), 1, 1, 50_000n],
    ["1 day late", days(1), 1, 1, 50_000n],
    ["7 days late", days(7), 7, 1, 50_000n],
    ["8 days late", days(8), 8, 2, 100_000n],
    ["15 days late = 3 weeks", days(15), 15, 3, 150_000n],
    ["21 days late = 3 weeks", days(21), 21, 3, 150_000n],
    ["20 weeks: exactly the cap", days(140), 140, 20, 1_000_000n],
    ["21 weeks: capped at 10 %", days(141), 141, 21, 1_000_000n],
    ["a year late: capped", days(365), 365, 53, 1_000_000n],
  ])("%s", (_case, deliveredAt, daysLate, weeksLate, ld) => {
    const bill = computeBill({ ...base, deliveredAt });
    expect(bill).toMatchObject({ daysLate, weeksLate, liquidatedDamages: ld });
    expect(bill.netPayable).toBe(11_800_000n - ld);
  });
});

describe("computeBill: GST and GST-TDS", () => {
  it.each([
    [
      "intra-state below the TDS threshold",
      { intraState: true, contractValuePaise: 10_000_000n },
      { cgst: 900_000n, sgst: 900_000n, igst: 0n, tdsCgst: 0n, tdsSgst: 0n, tdsIgst: 0n, netPayable: 11_800_000n },
    ],
    [
      "contract exactly at ₹2,50,000: no TDS",
      { contractValuePaise: 25_000_000n },
      { tdsCgst: 0n, tdsSgst: 0n, tdsIgst: 0n, netPayable: 11_800_000n },
    ],
    [
      "contract one paisa over: 1 % CGST + 1 % SGST on the taxable value",
      { contractValuePaise: 25_000_001n },
      { tdsCgst: 100_000n, tdsSgst: 100_000n, tdsIgst: 0n, netPayable: 11_600_000n },
    ],
    [
      "inter-state: IGST, 2 % IGST-TDS",
      { intraState: false, contractValuePaise: 30_000_000n },
      { cgst: 0n, sgst: 0n, igst: 1_800_000n, tdsCgst: 0n, tdsSgst: 0n, tdsIgst: 200_000n, netPayable: 11_600_000n },
    ],
    [
      "inter-state, TDS and 3 weeks late",
      { intraState: false, contractValuePaise: 30_000_000n, deliveredAt: days(15) },
      { igst: 1_800_000n, tdsIgst: 200_000n, liquidatedDamages: 150_000n, netPayable: 11_450_000n },
    ],
    [
      "odd paisa: ₹1.01 at 5 %, TDS, 1 week late",
      { acceptedQuantity: 1, unitPricePaise: 101n, gstRateBp: 500, contractValuePaise: 30_000_000n, deliveredAt: days(1) },
      // GST 5.05 → 5 (CGST 3, SGST 2); TDS 2.02 → 2; LD 0.505 → 1; 101 + 5 − 2 − 1
      { gross: 101n, cgst: 3n, sgst: 2n, tdsCgst: 1n, tdsSgst: 1n, liquidatedDamages: 1n, netPayable: 103n },
    ],
    [
      "nothing accepted: nothing payable",
      { acceptedQuantity: 0, deliveredAt: days(30) },
      { gross: 0n, cgst: 0n, sgst: 0n, liquidatedDamages: 0n, netPayable: 0n },
    ],
  ] as const)("%s", (_case, overrides, expected) => {
    expect(computeBill({ ...base, ...overrides })).toMatchObject(expected);
  });
});

describe("computeBill: due date", () => {
  it.each([
    ["acceptance + 10 days", base.acceptedAt, 10, "2026-03-30"],
    ["IST calendar day of acceptance (01:30 IST on the 21st)", new Date("2026-03-20T20:00:00Z"), 10, "2026-03-31"],
    ["45 days is allowed", base.acceptedAt, 45, "2026-05-04"],
    ["never more than 45 days", base.acceptedAt, 60, "2026-05-04"],
    ["same day", base.acceptedAt, 0, "2026-03-20"],
  ])("%s", (_case, acceptedAt, paymentDueDays, due) => {
    const bill = computeBill({ ...base, acceptedAt, policy: { ...policy, paymentDueDays } });
    expect(bill.dueDate).toEqual(new Date(`${due}T00:00:00Z`));
  });

  it.each([
    ["fractional quantity", { acceptedQuantity: 1.5 }],
    ["negative quantity", { acceptedQuantity: -1 }],
    ["negative price", { unitPricePaise: -1n }],
    ["invalid date", { deliveredAt: new Date("nope") }],
    ["negative due days", { policy: { ...policy, paymentDueDays: -1 } }],
  ])("rejects %s", (_case, overrides) => {
    expect(() => computeBill({ ...base, ...overrides })).toThrow(RangeError);
  });

  it("property: net = gross + GST − TDS − LD, and LD never exceeds the cap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.bigInt({ min: 0n, max: 10n ** 9n }),
        fc.constantFrom(0, 25, 300, 500, 1200, 1800, 2800),
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: -30, max: 400 }),
        (acceptedQuantity, unitPricePaise, gstRateBp, intraState, contractValuePaise, late) => {
          const b = computeBill({ ...base, acceptedQuantity, unitPricePaise, gstRateBp, intraState, contractValuePaise, deliveredAt: days(late) });
          const gst = b.cgst + b.sgst + b.igst;
          const tds = b.tdsCgst + b.tdsSgst + b.tdsIgst;
          expect(b.netPayable).toBe(b.gross + gst - tds - b.liquidatedDamages);
          expect(b.liquidatedDamages * 10_000n <= b.gross * 1000n + 5_000n).toBe(true);
          expect(intraState ? b.igst + b.tdsIgst : b.cgst + b.sgst + b.tdsCgst + b.tdsSgst).toBe(0n);
          expect(b.weeksLate).toBe(late > 0 ? Math.ceil(late / 7) : 0);
        },
      ),
    );
  });
});

describe("msmedInterest: 3 × 5.75 % = 17.25 % a year, monthly rests", () => {
  const principal = 10_000_000n; // ₹1,00,000
  const due = new Date("2026-01-15T00:00:00Z");

  it.each([
    ["paid before the due date", new Date("2026-01-10T06:00:00Z"), 0n],
    ["paid on the due date, 22:30 IST", new Date("2026-01-15T17:00:00Z"), 0n],
    ["1 day late (00:00 IST on the 16th)", new Date("2026-01-15T18:30:00Z"), 4_792n], // 4,791.67
    ["15 days late: half a month, simple", new Date("2026-01-30T06:00:00Z"), 71_875n],
    ["one month late: P × 0.014375", new Date("2026-02-15T06:00:00Z"), 143_750n],
    ["1 month 15 days", new Date("2026-03-02T06:00:00Z"), 216_658n], // 2,16,658.20
    ["2 months: compounded", new Date("2026-03-15T06:00:00Z"), 289_566n], // 2,89,566.41
    ["3 months 10 days", new Date("2026-04-25T06:00:00Z"), 487_492n], // 4,87,491.84
    ["12 months: 18.68 % effective", new Date("2027-01-15T06:00:00Z"), 1_868_134n],
  ])("%s", (_case, paidAt, interest) => {
    expect(msmedInterest(principal, due, paidAt, 575)).toBe(interest);
  });

  it.each([
    ["31 Jan → 28 Feb is one month", "2026-01-31", "2026-02-28", 143_750n],
    ["31 Jan → 27 Feb is 27 days", "2026-01-31", "2026-02-27", 129_375n],
    ["31 Jan → 31 Mar is two months", "2026-01-31", "2026-03-31", 289_566n],
    ["31 Dec → 31 Jan across the year", "2025-12-31", "2026-01-31", 143_750n],
  ])("%s", (_case, dueOn, paidOn, interest) => {
    expect(msmedInterest(principal, new Date(`${dueOn}T00:00:00Z`), new Date(`${paidOn}T06:00:00Z`), 575)).toBe(interest);
  });

  it("rounds half up once at the end and handles zeros", () => {
    expect(msmedInterest(800n, due, new Date("2026-02-15"), 575)).toBe(12n); // 11.5 → 12
    expect(msmedInterest(0n, due, new Date("2027-01-15"), 575)).toBe(0n);
    expect(msmedInterest(principal, due, new Date("2027-01-15"), 0)).toBe(0n);
    expect(() => msmedInterest(-1n, due, new Date("2027-01-15"), 575)).toThrow(RangeError);
    expect(() => msmedInterest(principal, due, new Date("2027-01-15"), 5.75)).toThrow(RangeError);
  });

  it("property: interest grows with delay and is at least simple interest", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 2000 }),
        (p, daysLate, extraDays, bankRateBp) => {
          const at = (n: number) => new Date((istDayNumber(due) + n) * 86_400_000 + 3_600_000);
          const earlier = msmedInterest(p, due, at(daysLate), bankRateBp);
          const later = msmedInterest(p, due, at(daysLate + extraDays), bankRateBp);
          expect(earlier >= 0n && later >= earlier).toBe(true);
          // At least floor(days / 31) whole months have passed, and compounding never earns less
          // than simple interest over them.
          const simple = (p * 3n * BigInt(bankRateBp) * BigInt(Math.floor(daysLate / 31))) / 120_000n;
          expect(earlier >= simple).toBe(true);
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bankRateOn, computeBill, dayOfAcceptance, istDayNumber, msmedInterest, objectionInTime, paymentDueDate,
  type BillInput, type BillLine,
} from "@/lib/domain/bill/rules";
import { day } from "@/lib/domain/time/india";

// Every expected figure below is worked by hand (docs/domain.md shows the working), written as a
// literal: none is computed by the code under test.

const policy = {
  ldRateBpPerWeek: 50,
  ldCapBp: 1000,
  tdsThresholdPaise: 25_000_000n, // ₹2,50,000
  tdsRateBp: 200,
  paymentDueDays: 10,
};

// 100 units at ₹1,000 = ₹1,00,000 taxable; 18 % GST = ₹18,000 (₹9,000 + ₹9,000).
const line: BillLine = { acceptedQuantity: 100, unitPricePaise: 100_000n, gstRateBp: 1800 };
const base: BillInput = { lines: [line], intraState: true, contractTaxableValuePaise: 10_000_000n, policy };

describe("computeBill: liquidated damages on the late pieces, on the bill's total", () => {
  it.each([
    ["all on time", [], 0n, 0],
    ["all 1 day late = 1 week: 0.5 % of ₹1,00,000", [{ quantity: 100, daysLate: 1 }], 50_000n, 1],
    ["all 7 days late", [{ quantity: 100, daysLate: 7 }], 50_000n, 1],
    ["all 8 days late = 2 weeks", [{ quantity: 100, daysLate: 8 }], 100_000n, 2],
    ["all 21 weeks late: capped at 10 %", [{ quantity: 100, daysLate: 141 }], 1_000_000n, 21],
    ["40 of 100 pieces 8 days late: 1 % of ₹40,000", [{ quantity: 40, daysLate: 8 }], 40_000n, 2],
    ["30 pieces 3 days late and 20 pieces 10 days late: ₹150 + ₹200", [{ quantity: 30, daysLate: 3 }, { quantity: 20, daysLate: 10 }], 35_000n, 2],
    ["late by 0 days is on time", [{ quantity: 100, daysLate: 0 }], 0n, 0],
  ] as const)("%s", (_case, late, ld, weeks) => {
    const bill = computeBill({ ...base, lines: [{ ...line, late }] });
    expect(bill.liquidatedDamages).toBe(ld);
    expect(bill.weeksLate).toBe(weeks);
    expect(bill.netPayable).toBe(11_800_000n - ld);
  });

  it("refuses more late pieces than accepted ones", () => {
    expect(() => computeBill({ ...base, lines: [{ ...line, late: [{ quantity: 101, daysLate: 3 }] }] })).toThrow(RangeError);
  });
});

describe("computeBill: GST and GST-TDS (CGST Act s.51: taxable supplies only)", () => {
  it.each([
    [
      "issue 14: ₹3 lakh of a 0 % item: no GST, no TDS (was ₹6,000 TDS)",
      { lines: [{ acceptedQuantity: 300, unitPricePaise: 100_000n, gstRateBp: 0 }], contractTaxableValuePaise: 0n },
      { gross: 30_000_000n, taxableValue: 0n, cgst: 0n, sgst: 0n, tdsCgst: 0n, tdsSgst: 0n, netPayable: 30_000_000n },
    ],
    [
      "issue 14: ₹2 lakh at 18 % + ₹1 lakh at 0 %: taxable ₹2 lakh ≤ ₹2.5 lakh, no TDS (was ₹6,000)",
      {
        lines: [{ acceptedQuantity: 200, unitPricePaise: 100_000n, gstRateBp: 1800 }, { acceptedQuantity: 100, unitPricePaise: 100_000n, gstRateBp: 0 }],
        contractTaxableValuePaise: 20_000_000n,
      },
      { gross: 30_000_000n, taxableValue: 20_000_000n, cgst: 1_800_000n, sgst: 1_800_000n, tdsCgst: 0n, tdsSgst: 0n, netPayable: 33_600_000n },
    ],
    [
      "₹3 lakh at 18 % + ₹1 lakh at 0 %: TDS 1 % + 1 % of ₹3 lakh only",
      {
        lines: [{ acceptedQuantity: 300, unitPricePaise: 100_000n, gstRateBp: 1800 }, { acceptedQuantity: 100, unitPricePaise: 100_000n, gstRateBp: 0 }],
        contractTaxableValuePaise: 30_000_000n,
      },
      { gross: 40_000_000n, cgst: 2_700_000n, sgst: 2_700_000n, tdsCgst: 300_000n, tdsSgst: 300_000n, amountDue: 45_400_000n, netPayable: 44_800_000n },
    ],
    [
      "contract taxable value exactly ₹2,50,000: no TDS",
      { contractTaxableValuePaise: 25_000_000n },
      { tdsCgst: 0n, tdsSgst: 0n, tdsIgst: 0n, netPayable: 11_800_000n },
    ],
    [
      "one paisa over: 1 % CGST + 1 % SGST on the taxable value billed",
      { contractTaxableValuePaise: 25_000_001n },
      { tdsCgst: 100_000n, tdsSgst: 100_000n, tdsIgst: 0n, amountDue: 11_800_000n, netPayable: 11_600_000n },
    ],
    [
      "inter-state: IGST, 2 % IGST-TDS",
      { intraState: false, contractTaxableValuePaise: 30_000_000n },
      { cgst: 0n, sgst: 0n, igst: 1_800_000n, tdsCgst: 0n, tdsSgst: 0n, tdsIgst: 200_000n, netPayable: 11_600_000n },
    ],
    [
      "issue 14: ₹1.01 at 5 %: CGST = SGST = 3 paise (2.525 each, rounded alike; was 3 and 2)",
      { lines: [{ acceptedQuantity: 1, unitPricePaise: 101n, gstRateBp: 500 }] },
      { gross: 101n, cgst: 3n, sgst: 3n, igst: 0n, netPayable: 107n },
    ],
    [
      "three lines of ₹1.01 at 5 %, 1 week late, TDS: each amount on the totals (GST 7.575 → 8 each; TDS 3.03 → 3 each; LD 1.515 → 2)",
      { lines: [0, 1, 2].map(() => ({ acceptedQuantity: 1, unitPricePaise: 101n, gstRateBp: 500, late: [{ quantity: 1, daysLate: 3 }] })), contractTaxableValuePaise: 30_000_000n },
      { gross: 303n, cgst: 8n, sgst: 8n, tdsCgst: 3n, tdsSgst: 3n, liquidatedDamages: 2n, amountDue: 317n, netPayable: 311n },
    ],
    [
      "0.25 % slab: 12.5 paise each half → 13 and 13",
      { lines: [{ acceptedQuantity: 1, unitPricePaise: 10_000n, gstRateBp: 25 }] },
      { cgst: 13n, sgst: 13n },
    ],
    [
      "nothing accepted: nothing payable",
      { lines: [{ ...line, acceptedQuantity: 0 }] },
      { gross: 0n, cgst: 0n, sgst: 0n, liquidatedDamages: 0n, netPayable: 0n },
    ],
  ] as const)("%s", (_case, overrides, expected) => {
    expect(computeBill({ ...base, ...overrides })).toMatchObject(expected);
  });

  it.each([
    ["no lines", { lines: [] }],
    ["fractional quantity", { lines: [{ ...line, acceptedQuantity: 1.5 }] }],
    ["negative quantity", { lines: [{ ...line, acceptedQuantity: -1 }] }],
    ["negative price", { lines: [{ ...line, unitPricePaise: -1n }] }],
    ["negative due days", { policy: { ...policy, paymentDueDays: -1 } }],
  ])("rejects %s", (_case, overrides) => {
    expect(() => computeBill({ ...base, ...overrides })).toThrow(RangeError);
  });

  const lineArb = fc.record({
    acceptedQuantity: fc.integer({ min: 0, max: 100_000 }),
    unitPricePaise: fc.bigInt({ min: 0n, max: 10n ** 9n }),
    gstRateBp: fc.constantFrom(0, 25, 300, 500, 1200, 1800, 2800),
    lateShare: fc.double({ min: 0, max: 1, noNaN: true }),
    daysLate: fc.integer({ min: 0, max: 400 }),
  }).map(({ lateShare, daysLate, ...l }) => ({ ...l, late: [{ quantity: Math.floor(l.acceptedQuantity * lateShare), daysLate }] }));

  it("property: CGST = SGST; net = gross + GST − TDS − LD; amount due = net + TDS; LD within the cap", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), (lines, intraState, contract) => {
        const b = computeBill({ lines, intraState, contractTaxableValuePaise: contract, policy });
        const gst = b.cgst + b.sgst + b.igst;
        const tds = b.tdsCgst + b.tdsSgst + b.tdsIgst;
        expect(b.cgst).toBe(b.sgst);
        expect(b.tdsCgst).toBe(b.tdsSgst);
        expect(b.netPayable).toBe(b.gross + gst - tds - b.liquidatedDamages);
        expect(b.amountDue).toBe(b.netPayable + tds);
        expect(b.liquidatedDamages * 10_000n <= b.gross * 1000n + 5_000n).toBe(true);
        expect(intraState ? b.igst + b.tdsIgst : b.cgst + b.sgst + b.tdsCgst + b.tdsSgst).toBe(0n);
        if (contract <= policy.tdsThresholdPaise) expect(tds).toBe(0n);
        if (lines.every((l) => l.gstRateBp === 0)) expect(gst + tds).toBe(0n);
      }),
    );
  });
});

describe("day of acceptance and due date (MSMED Act s.2(b), s.15)", () => {
  const delivered = day("2026-03-01");
  it.each([
    ["no objection: the delivery day (deemed acceptance)", null, "DELIVERY", "2026-03-01"],
    ["rejecting inspection on day 9, replacement accepted 28 March", { raisedOn: day("2026-03-10"), removedOn: day("2026-03-28") }, "OBJECTION_REMOVED", "2026-03-28"],
    ["objection on day 15 still counts", { raisedOn: day("2026-03-16"), removedOn: day("2026-03-20") }, "OBJECTION_REMOVED", "2026-03-20"],
    ["objection on day 16 is too late: the delivery day", { raisedOn: day("2026-03-17"), removedOn: day("2026-04-20") }, "DELIVERY", "2026-03-01"],
    ["late objection never removed: still the delivery day", { raisedOn: day("2026-03-25"), removedOn: null }, "DELIVERY", "2026-03-01"],
  ] as const)("%s", (_case, objection, kind, expected) => {
    expect(dayOfAcceptance({ deliveredOn: delivered, objection })).toEqual({ kind, day: day(expected) });
  });

  it("an objection in time that still stands leaves acceptance pending", () => {
    expect(dayOfAcceptance({ deliveredOn: delivered, objection: { raisedOn: day("2026-03-05"), removedOn: null } })).toEqual({ kind: "PENDING" });
  });

  it("counts in IST calendar days: 23:59 IST on day 15 is in time, 00:00 IST on day 16 is not", () => {
    expect(objectionInTime(delivered, new Date("2026-03-16T18:29:59Z"))).toBe(true);
    expect(objectionInTime(delivered, new Date("2026-03-16T18:30:00Z"))).toBe(false);
  });

  it.each([
    ["issue 14: delivered 1 March, 45-day policy: 15 April (a passing inspection on 25 March changes nothing)", "2026-03-01", 45, "2026-04-15"],
    ["the seed's 10 days", "2026-03-01", 10, "2026-03-11"],
    ["never more than 45 days", "2026-03-01", 60, "2026-04-15"],
    ["same day", "2026-03-01", 0, "2026-03-01"],
  ] as const)("%s", (_case, accepted, days, due) => {
    expect(paymentDueDate(day(accepted), days)).toEqual(day(due));
  });
});

describe("msmedInterest: the issue's worked examples (bank rate 5.75 %, 17.25 % a year)", () => {
  it("₹1,00,000 + 18 % delivered 1 March, due 15 April, paid 9 May: 24 days → ₹1,357 (was ₹0)", () => {
    // ₹1,18,000 × 17.25 % / 12 × 24 / 30 = ₹1,18,000 × 1.15 % = ₹1,357.00
    expect(msmedInterest(11_800_000n, day("2026-04-15"), new Date("2026-05-09T06:00:00Z"), 575)).toBe(135_700n);
  });
  it("₹10 lakh + 18 % paid 30 days late: on ₹11,80,000 before TDS → ₹16,962.50 (was ₹16,675 on the net)", () => {
    // ₹11,80,000 × 1.4375 % = ₹16,962.50; on ₹11,60,000 after TDS it would be ₹16,675.00
    expect(msmedInterest(118_000_000n, day("2026-01-01"), new Date("2026-01-31T06:00:00Z"), 575)).toBe(1_696_250n);
  });
});

describe("msmedInterest: the bank rate in force for each monthly rest", () => {
  const rates = [
    { effectiveFrom: day("2025-01-01"), rateBp: 575 },
    { effectiveFrom: day("2026-02-15"), rateBp: 650 },
  ];
  it("picks the latest rate notified on or before a day", () => {
    expect(bankRateOn(rates, istDayNumber(day("2026-02-14")))).toBe(575);
    expect(bankRateOn(rates, istDayNumber(day("2026-02-15")))).toBe(650);
    expect(() => bankRateOn(rates, istDayNumber(day("2024-12-31")))).toThrow(RangeError);
  });
  it("₹1,00,000 due 15 Jan, paid 15 Mar: month 1 at 17.25 %, month 2 at 19.5 % → ₹3,085.86", () => {
    // 1,00,000 × 1.014375 × 1.01625 = 1,03,085.859375 → ₹3,085.86
    expect(msmedInterest(10_000_000n, day("2026-01-15"), new Date("2026-03-15T06:00:00Z"), rates)).toBe(308_586n);
  });
  it("a rate notified after the second rest began waits for the third", () => {
    const later = [rates[0], { effectiveFrom: day("2026-02-16"), rateBp: 650 }];
    expect(msmedInterest(10_000_000n, day("2026-01-15"), new Date("2026-03-15T06:00:00Z"), later)).toBe(289_566n);
  });
  it("property: interest never falls as the payment gets later, whatever the rates", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.record({ offset: fc.integer({ min: 0, max: 900 }), rateBp: fc.integer({ min: 0, max: 2000 }) }), { maxLength: 5 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 90 }),
        (p, changes, daysLate, extraDays) => {
          const due = day("2026-01-31");
          const table = [{ effectiveFrom: day("2020-01-01"), rateBp: 575 }, ...changes.map((c) => ({ effectiveFrom: new Date(due.getTime() + c.offset * 86_400_000), rateBp: c.rateBp }))];
          const at = (n: number) => new Date(due.getTime() + n * 86_400_000 + 3_600_000);
          const earlier = msmedInterest(p, due, at(daysLate), table);
          expect(earlier >= 0n).toBe(true);
          expect(msmedInterest(p, due, at(daysLate + extraDays), table) >= earlier).toBe(true);
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

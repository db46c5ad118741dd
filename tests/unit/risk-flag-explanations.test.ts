import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { formatInr } from "@/lib/domain/money";
import { explanationKey, explanationParams, RISK_FLAG_KINDS, type RiskFacts, type RiskFlagKind } from "@/lib/domain/risk/rules";
import en from "@/lib/i18n/messages/en/riskFlags.json";
import hi from "@/lib/i18n/messages/hi/riskFlags.json";

const FACTS: RiskFacts = {
  ORDER_SPLITTING: { orders: 3, totalPaise: "7080000", limitPaise: "5000000", windowDays: 30, orderNumbers: ["PO/2026-27/000001", "PO/2026-27/000002"], itemCode: "CG-ALM-01" },
  PRICE_OUTLIER: { supplyOrderNumber: "SO/2026-27/000009", itemCode: "CG-ALM-01", unitPaise: "500000", medianPaise: "250000", scope: "DISTRICT", samples: 6, aboveBp: 10000, thresholdBp: 5000 },
  VENDOR_CONCENTRATION: { vendorPaise: "23600000", officePaise: "29500000", shareBp: 8000, thresholdBp: 5000, orders: 4, windowDays: 365 },
  REPEATED_REJECTIONS: { rejections: 3, preFailed: 1, postRejected: 2, inspections: 4, threshold: 3, windowDays: 365 },
  LATE_PAYMENT: { late: 3, bills: 4, shareBp: 7500, thresholdBp: 2500, avgDaysLate: 6, unpaidOverdue: 0, windowDays: 365 },
};
const NUMBERS: Record<RiskFlagKind, string[]> = {
  ORDER_SPLITTING: ["70,800.00", "50,000.00", "PO/2026-27/000002"],
  PRICE_OUTLIER: ["5,000.00", "2,500.00", "100"],
  VENDOR_CONCENTRATION: ["80", "2,36,000.00", "2,95,000.00"],
  REPEATED_REJECTIONS: ["3", "2"],
  LATE_PAYMENT: ["75", "6"],
};

describe("risk flag explanations", () => {
  for (const [locale, messages] of [["en", en], ["hi", hi]] as const) {
    const t = createTranslator({ locale: `${locale}-IN`, messages: { riskFlags: messages }, namespace: "riskFlags" });
    for (const kind of RISK_FLAG_KINDS) {
      it(`${kind} in ${locale} says the numbers in plain words`, () => {
        const params = explanationParams(kind, FACTS[kind], { officeName: "Collectorate Raipur", vendorName: "Bastar Steel Udyog", orderNumber: "PO/2026-27/000002" }, (p) => formatInr(p, locale));
        const text = t(`explain.${explanationKey(kind, FACTS[kind])}` as "explain.LATE_PAYMENT", params);
        expect(text).not.toMatch(/[{}]/);
        for (const n of NUMBERS[kind]) expect(text).toContain(n);
      });
    }
  }
});

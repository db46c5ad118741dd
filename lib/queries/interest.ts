import type { Tx } from "@/lib/prisma-client";
import { msmedInterest, type BankRatePeriod } from "@/lib/domain/bill/rules";
import { isMse } from "@/lib/domain/vendor/enterprise";
import type { EnterpriseClass } from "@/lib/generated/prisma/enums";

// Before the first notified rate in the table, the rate the order's policy version carried.
const BEFORE_ANY_ROW = new Date(0);

/**
 * The bank rates that can apply to interest up to `until`: the admin's dated table (BankRate), and
 * — for any period before its first row — the bank rate of the order's policy version.
 */
export async function bankRatesUntil(client: Pick<Tx, "bankRate">, until: Date, policyBankRateBp: number): Promise<BankRatePeriod[]> {
  const rows = await client.bankRate.findMany({
    where: { effectiveFrom: { lte: until } },
    orderBy: { effectiveFrom: "asc" },
    select: { effectiveFrom: true, rateBp: true },
  });
  return [{ effectiveFrom: BEFORE_ANY_ROW, rateBp: policyBankRateBp }, ...rows];
}

export type InterestBill = {
  netPayablePaise: bigint;
  tdsCgstPaise: bigint;
  tdsSgstPaise: bigint;
  tdsIgstPaise: bigint;
  dueDate: Date;
};

/**
 * MSMED Act s.16 principal: the amount due to the supplier, i.e. the bill before GST-TDS (the TDS
 * is the supplier's own tax, paid on its behalf; docs/adr/0010-money-and-the-law.md).
 */
export function interestPrincipalPaise(bill: InterestBill): bigint {
  return bill.netPayablePaise + bill.tdsCgstPaise + bill.tdsSgstPaise + bill.tdsIgstPaise;
}

/** Interest owed if the bill is paid at `paidAt`: nothing for a medium enterprise (s.2(n), s.16). */
export function interestOwed(bill: InterestBill, enterpriseClass: EnterpriseClass, paidAt: Date, rates: readonly BankRatePeriod[]): bigint {
  if (!isMse(enterpriseClass)) return 0n;
  return msmedInterest(interestPrincipalPaise(bill), bill.dueDate, paidAt, rates);
}

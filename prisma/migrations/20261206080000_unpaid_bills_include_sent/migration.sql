-- A bill in a payment batch (status SENT) is still unpaid until the bank statement confirms it:
-- the public overdue figure and interest owed keep counting it. Same view as before, with SENT.
DROP MATERIALIZED VIEW "public_unpaid_bills";
CREATE MATERIALIZED VIEW "public_unpaid_bills" AS
SELECT b."dueDate",
       pv."bankRateBp",
       count(*) AS "bills",
       sum(b."netPayablePaise") AS "netPaise"
  FROM "Bill" b
  JOIN "SupplyOrder" so ON so.id = b."supplyOrderId"
  JOIN "PolicyVersion" pv ON pv.id = so."policyVersionId"
 WHERE b.status IN ('PENDING', 'SENT')
 GROUP BY 1, 2
WITH DATA;
CREATE UNIQUE INDEX "public_unpaid_bills_key" ON "public_unpaid_bills" ("dueDate", "bankRateBp");

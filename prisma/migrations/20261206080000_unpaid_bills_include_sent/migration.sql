-- A bill in a payment batch (status SENT) is still unpaid until the bank statement confirms it:
-- the public overdue figure and interest owed keep counting it. Same view as before (with the MSE
-- principal of 20261206072000_dashboard_mse_share), with SENT.
DROP MATERIALIZED VIEW "public_unpaid_bills";
CREATE MATERIALIZED VIEW "public_unpaid_bills" AS
SELECT b."dueDate",
       pv."bankRateBp",
       count(*) AS "bills",
       sum(b."netPayablePaise") AS "netPaise",
       coalesce(sum(b."netPayablePaise" + b."tdsCgstPaise" + b."tdsSgstPaise" + b."tdsIgstPaise")
                  FILTER (WHERE v."enterpriseClass" IN ('MICRO', 'SMALL')), 0) AS "msePrincipalPaise"
  FROM "Bill" b
  JOIN "Vendor" v ON v.id = b."vendorId"
  JOIN "SupplyOrder" so ON so.id = b."supplyOrderId"
  JOIN "PolicyVersion" pv ON pv.id = so."policyVersionId"
 WHERE b.status IN ('PENDING', 'SENT')
 GROUP BY 1, 2
WITH NO DATA;
CREATE UNIQUE INDEX "public_unpaid_bills_key" ON "public_unpaid_bills" ("dueDate", "bankRateBp");

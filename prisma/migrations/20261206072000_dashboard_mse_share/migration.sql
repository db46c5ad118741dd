-- The dashboard's MSE share is the spend with micro and small enterprises (Vendor.enterpriseClass),
-- no longer all spend "by construction"; and overdue interest is owed only to them, on the amount
-- due before GST-TDS (docs/domain.md, docs/adr/0010-money-and-the-law.md).

DROP MATERIALIZED VIEW "public_spend_by_month";
CREATE MATERIALIZED VIEW "public_spend_by_month" AS
SELECT date_trunc('month', "ist_date"(b."generatedAt"))::date AS "month",
       (v."stateCode" = '22') AS "local",
       (v."enterpriseClass" IN ('MICRO', 'SMALL')) AS "mse",
       (v."isSc" OR v."isSt") AS "scSt",
       v."isWomenOwned" AS "womenOwned",
       count(*) AS "bills",
       sum(b."grossPaise" + b."cgstPaise" + b."sgstPaise" + b."igstPaise") AS "valuePaise",
       count(p.id) AS "payments",
       coalesce(sum("ist_date"(p."paidAt") - "ist_date"(coalesce(so."goodsAcceptedAt", b."generatedAt"))), 0) AS "payDays"
  FROM "Bill" b
  JOIN "Vendor" v ON v.id = b."vendorId"
  JOIN "SupplyOrder" so ON so.id = b."supplyOrderId"
  LEFT JOIN "Payment" p ON p."billId" = b.id
 GROUP BY 1, 2, 3, 4, 5
WITH NO DATA;
CREATE UNIQUE INDEX "public_spend_by_month_key" ON "public_spend_by_month" ("month", "local", "mse", "scSt", "womenOwned");

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
 WHERE b.status = 'PENDING'
 GROUP BY 1, 2
WITH NO DATA;
CREATE UNIQUE INDEX "public_unpaid_bills_key" ON "public_unpaid_bills" ("dueDate", "bankRateBp");

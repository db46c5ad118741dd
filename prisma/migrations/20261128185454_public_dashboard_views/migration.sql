-- The public dashboard's aggregates (ADR 0006), pre-computed so the page reads a few hundred rows
-- whatever the number of orders. "Spend" is the value of goods accepted: each bill's gross plus
-- GST, counted in the IST month the bill was generated (acceptance). Refreshed together by
-- refreshPublicViews() (lib/queries/dashboard.ts) — by the worker on a schedule, and by the
-- dashboard itself when they are older than its freshness limit. Created WITH NO DATA: the first
-- refresh populates them.

CREATE FUNCTION "ist_date"(ts timestamp) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ((ts AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Kolkata')::date $$;

-- Month × vendor profile: the monthly chart, the policy-target shares and days to pay.
CREATE MATERIALIZED VIEW "public_spend_by_month" AS
SELECT date_trunc('month', "ist_date"(b."generatedAt"))::date AS "month",
       (v."stateCode" = '22') AS "local",
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
 GROUP BY 1, 2, 3, 4
WITH NO DATA;
CREATE UNIQUE INDEX "public_spend_by_month_key" ON "public_spend_by_month" ("month", "local", "scSt", "womenOwned");

-- Month × the buying office's department.
CREATE MATERIALIZED VIEW "public_spend_by_department" AS
SELECT date_trunc('month', "ist_date"(b."generatedAt"))::date AS "month",
       o."departmentId",
       count(*) AS "bills",
       sum(b."grossPaise" + b."cgstPaise" + b."sgstPaise" + b."igstPaise") AS "valuePaise"
  FROM "Bill" b
  JOIN "Office" o ON o.id = b."officeId"
 GROUP BY 1, 2
WITH NO DATA;
CREATE UNIQUE INDEX "public_spend_by_department_key" ON "public_spend_by_department" ("month", "departmentId");

-- Month × the buying office's district.
CREATE MATERIALIZED VIEW "public_spend_by_district" AS
SELECT date_trunc('month', "ist_date"(b."generatedAt"))::date AS "month",
       o."districtId",
       count(*) AS "bills",
       sum(b."grossPaise" + b."cgstPaise" + b."sgstPaise" + b."igstPaise") AS "valuePaise"
  FROM "Bill" b
  JOIN "Office" o ON o.id = b."officeId"
 GROUP BY 1, 2
WITH NO DATA;
CREATE UNIQUE INDEX "public_spend_by_district_key" ON "public_spend_by_district" ("month", "districtId");

-- Unpaid bills by due date and the bank rate of the policy the order used: the overdue figure
-- and MSMED interest (linear in the principal) are computed from these at read time, as of today.
CREATE MATERIALIZED VIEW "public_unpaid_bills" AS
SELECT b."dueDate",
       pv."bankRateBp",
       count(*) AS "bills",
       sum(b."netPayablePaise") AS "netPaise"
  FROM "Bill" b
  JOIN "SupplyOrder" so ON so.id = b."supplyOrderId"
  JOIN "PolicyVersion" pv ON pv.id = so."policyVersionId"
 WHERE b.status = 'PENDING'
 GROUP BY 1, 2
WITH NO DATA;
CREATE UNIQUE INDEX "public_unpaid_bills_key" ON "public_unpaid_bills" ("dueDate", "bankRateBp");

-- When the views above were last refreshed (refreshed in the same transaction as they are).
CREATE MATERIALIZED VIEW "public_views_refreshed" AS SELECT now() AS "refreshedAt" WITH NO DATA;
CREATE UNIQUE INDEX "public_views_refreshed_key" ON "public_views_refreshed" ("refreshedAt");

-- Per-item summary of the offers the public catalogue shows (docs/performance.md, issue 9 §2): a
-- price filter with no words finds its items with an index range scan here, in code order,
-- instead of probing every item's offers; a page's offer counts come from here. Kept by the
-- triggers below.

-- CreateTable
CREATE TABLE "ItemOfferSummary" (
    "itemId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "offerCount" INTEGER NOT NULL DEFAULT 0,
    "minPricePaise" BIGINT,
    "maxPricePaise" BIGINT,

    CONSTRAINT "ItemOfferSummary_pkey" PRIMARY KEY ("itemId")
);

-- CreateIndex
CREATE INDEX "ItemOfferSummary_maxPricePaise_idx" ON "ItemOfferSummary"("maxPricePaise");

-- CreateIndex
CREATE INDEX "ItemOfferSummary_minPricePaise_idx" ON "ItemOfferSummary"("minPricePaise");

-- AddForeignKey
ALTER TABLE "ItemOfferSummary" ADD CONSTRAINT "ItemOfferSummary_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the summary of `items` from their offers, and copies their codes. Visible = offer
-- ACTIVE, vendor ACTIVE, and for a reserved item a local vendor (state 22: LOCAL_STATE_CODE in
-- lib/domain/identifiers.ts), the rule of lib/queries/catalogue.ts. Rows are never deleted: no
-- visible offer is a count of 0.
--
-- Concurrency: each refresh first makes sure the rows exist and locks them (in item order, so
-- two refreshes cannot deadlock), and only then counts. Under READ COMMITTED that count is a new
-- statement with a new snapshot, so it sees every offer committed by a transaction that held
-- the lock before: two vendors pricing the same item at once cannot leave it half-counted.
CREATE FUNCTION "item_offer_summary_refresh"(items uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ItemOfferSummary" ("itemId", "code")
    SELECT i."id", i."code" FROM "Item" i WHERE i."id" = ANY (items) ORDER BY i."id"
    ON CONFLICT DO NOTHING;
  PERFORM 1 FROM "ItemOfferSummary" s WHERE s."itemId" = ANY (items) ORDER BY s."itemId" FOR UPDATE;
  UPDATE "ItemOfferSummary" s
     SET "code" = v."code", "offerCount" = v.n, "minPricePaise" = v.lo, "maxPricePaise" = v.hi
    FROM (SELECT i."id", i."code", count(o."id")::int AS n, min(o."unitPricePaise") AS lo, max(o."unitPricePaise") AS hi
            FROM "Item" i
            LEFT JOIN ("Offer" o JOIN "Vendor" v ON v."id" = o."vendorId" AND v."status" = 'ACTIVE')
              ON o."itemId" = i."id" AND o."status" = 'ACTIVE' AND (NOT i."reserved" OR v."stateCode" = '22')
           WHERE i."id" = ANY (items)
           GROUP BY i."id") v
   WHERE s."itemId" = v."id"
     AND (s."code", s."offerCount", s."minPricePaise", s."maxPricePaise") IS DISTINCT FROM (v."code", v.n, v.lo, v.hi);
END;
$$;

-- Offers: once per statement, for the items whose offers the statement wrote (a bulk insert
-- refreshes each item once). Transition tables allow one event per trigger, hence three.
CREATE FUNCTION "offer_summary_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "item_offer_summary_refresh"(ARRAY(SELECT DISTINCT "itemId" FROM new_offers));
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only rows whose visibility or price changed (an edit of quantities or lead time does not count).
    PERFORM "item_offer_summary_refresh"(ARRAY(
      SELECT x.id FROM new_offers n JOIN old_offers o ON o."id" = n."id"
      CROSS JOIN LATERAL (VALUES (n."itemId"), (o."itemId")) AS x(id)
       WHERE (n."itemId", n."vendorId", n."status", n."unitPricePaise") IS DISTINCT FROM (o."itemId", o."vendorId", o."status", o."unitPricePaise")));
  ELSE
    PERFORM "item_offer_summary_refresh"(ARRAY(SELECT DISTINCT "itemId" FROM old_offers));
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Offer_summary_insert" AFTER INSERT ON "Offer"
  REFERENCING NEW TABLE AS new_offers FOR EACH STATEMENT EXECUTE FUNCTION "offer_summary_refresh"();
CREATE TRIGGER "Offer_summary_update" AFTER UPDATE ON "Offer"
  REFERENCING OLD TABLE AS old_offers NEW TABLE AS new_offers FOR EACH STATEMENT EXECUTE FUNCTION "offer_summary_refresh"();
CREATE TRIGGER "Offer_summary_delete" AFTER DELETE ON "Offer"
  REFERENCING OLD TABLE AS old_offers FOR EACH STATEMENT EXECUTE FUNCTION "offer_summary_refresh"();

-- A vendor approved, suspended or reinstated shows or hides all its active offers.
CREATE FUNCTION "vendor_summary_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "item_offer_summary_refresh"(ARRAY(
    SELECT DISTINCT o."itemId" FROM "Offer" o WHERE o."vendorId" = NEW."id" AND o."status" = 'ACTIVE'));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Vendor_summary_refresh" AFTER UPDATE OF "status", "stateCode" ON "Vendor"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."stateCode" IS DISTINCT FROM NEW."stateCode")
  EXECUTE FUNCTION "vendor_summary_refresh"();

-- An item marked reserved (or no longer) hides (or shows) its out-of-state vendors' offers; a new
-- code is copied.
CREATE FUNCTION "item_summary_refresh"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "item_offer_summary_refresh"(ARRAY[NEW."id"]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Item_summary_refresh" AFTER UPDATE OF "code", "reserved" ON "Item"
  FOR EACH ROW WHEN (OLD."code" IS DISTINCT FROM NEW."code" OR OLD."reserved" IS DISTINCT FROM NEW."reserved")
  EXECUTE FUNCTION "item_summary_refresh"();

-- Items that have offers already.
SELECT "item_offer_summary_refresh"(ARRAY(SELECT DISTINCT "itemId" FROM "Offer"));

-- The API token use log is kept for a period (API_TOKEN_USE_KEEP_DAYS, default 90) and pruned by
-- the worker's "api-token-use-prune" job, which deletes by age.
CREATE INDEX "ApiTokenUse_createdAt_idx" ON "ApiTokenUse"("createdAt");

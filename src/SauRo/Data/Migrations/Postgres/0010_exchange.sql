-- Sáu Rõ: exchange between systems (PostgreSQL): a plan imported from a commune's exchange file keeps when that file
-- was exported and the digest of what was read; an upload waiting for confirmation says whether it is a plan document
-- or an exchange file.
ALTER TABLE "Plans" ADD "ExchangeExportedAt" timestamp with time zone NULL;
ALTER TABLE "Plans" ADD "ExchangeDigest" text NULL;
ALTER TABLE "PendingImports" ADD "Kind" character varying(16) NOT NULL DEFAULT 'Plan';

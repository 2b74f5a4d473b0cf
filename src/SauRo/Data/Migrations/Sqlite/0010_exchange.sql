-- Sáu Rõ: exchange between systems (SQLite): a plan imported from a commune's exchange file keeps when that file was
-- exported and the digest of what was read; an upload waiting for confirmation says whether it is a plan document or
-- an exchange file.
ALTER TABLE "Plans" ADD "ExchangeExportedAt" INTEGER NULL;
ALTER TABLE "Plans" ADD "ExchangeDigest" TEXT NULL;
ALTER TABLE "PendingImports" ADD "Kind" TEXT NOT NULL DEFAULT 'Plan';

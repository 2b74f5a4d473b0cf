-- Sáu Rõ: a plan's kept report completeness also keeps the figures of each reporting unit (its offices, the commune
-- itself), so that a commune's dashboard ranks its offices from the kept figures instead of reading the whole reporting
-- calendar at every load. Kept rows without them are marked to be computed again.
ALTER TABLE "ReportCompletenessSnapshots" ADD "ByUnit" TEXT NOT NULL DEFAULT '';
UPDATE "ReportCompletenessSnapshots" SET "ValidUntil" = '0001-01-01', "Version" = "Version" + 1;

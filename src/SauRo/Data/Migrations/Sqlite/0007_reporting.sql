-- Sáu Rõ: reporting (SQLite): how often an indicator's values are reported (null: monthly); the first submission of a
-- report, which its timeliness is judged by when it is returned and submitted again.
ALTER TABLE "Indicators" ADD "ValueFrequency" TEXT NULL;
ALTER TABLE "Reports" ADD "FirstSubmittedAt" INTEGER NULL;

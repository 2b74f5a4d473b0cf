-- Sáu Rõ: reminder e-mails are tried a limited number of times, each try claimed (SQLite).
ALTER TABLE "Notifications" ADD COLUMN "EmailAttempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Notifications" ADD COLUMN "EmailTriedAt" INTEGER NULL;

-- Sáu Rõ: reminder e-mails are tried a limited number of times, each try claimed (PostgreSQL).
ALTER TABLE "Notifications" ADD COLUMN "EmailAttempts" integer NOT NULL DEFAULT 0;
ALTER TABLE "Notifications" ADD COLUMN "EmailTriedAt" timestamp with time zone;

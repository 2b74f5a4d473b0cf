-- Sáu Rõ: audit trail (SQLite). The table as 'SauRo schema-script sqlite' writes it, and triggers that make it
-- append-only: any UPDATE or DELETE of a row is refused by the database itself.
CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "At" INTEGER NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "EntityType" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "PlanId" INTEGER NULL,
    "TaskId" INTEGER NULL,
    "IndicatorId" INTEGER NULL,
    "UnitId" INTEGER NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL,
    "Summary" TEXT NOT NULL,
    "SearchKey" TEXT NOT NULL
);
CREATE INDEX "IX_AuditEntries_At" ON "AuditEntries" ("At");
CREATE INDEX "IX_AuditEntries_IndicatorId" ON "AuditEntries" ("IndicatorId");
CREATE INDEX "IX_AuditEntries_PlanId" ON "AuditEntries" ("PlanId");
CREATE INDEX "IX_AuditEntries_TaskId" ON "AuditEntries" ("TaskId");
CREATE INDEX "IX_AuditEntries_UnitId" ON "AuditEntries" ("UnitId");
CREATE INDEX "IX_AuditEntries_UserName" ON "AuditEntries" ("UserName");

CREATE TRIGGER "AuditEntries_no_update" BEFORE UPDATE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'Nhật ký chỉ được ghi thêm');
END;

CREATE TRIGGER "AuditEntries_no_delete" BEFORE DELETE ON "AuditEntries"
BEGIN
    SELECT RAISE(ABORT, 'Nhật ký chỉ được ghi thêm');
END;

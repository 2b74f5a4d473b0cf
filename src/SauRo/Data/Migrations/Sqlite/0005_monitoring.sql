-- Sáu Rõ: monitoring (task updates, attachments, indicator values, reports, deadline changes, explanations, notifications) — SQLite.
CREATE TABLE "Attachments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Attachments" PRIMARY KEY AUTOINCREMENT,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedAt" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    "UnitId" INTEGER NOT NULL
);

CREATE TABLE "TaskUpdates" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TaskUpdates" PRIMARY KEY AUTOINCREMENT,
    "TaskId" INTEGER NOT NULL,
    "OfficeId" INTEGER NULL,
    "UserId" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "PercentDone" INTEGER NOT NULL,
    "CompletedOn" TEXT NULL,
    "Result" TEXT NULL,
    "EvidenceNumber" TEXT NULL,
    "EvidenceDate" TEXT NULL,
    "AttachmentId" INTEGER NULL,
    "Difficulties" TEXT NULL,
    "Proposals" TEXT NULL,
    "ReportId" INTEGER NULL,
    CONSTRAINT "FK_TaskUpdates_Attachments_AttachmentId" FOREIGN KEY ("AttachmentId") REFERENCES "Attachments" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_TaskUpdates_PlanTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "PlanTasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "IndicatorValues" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndicatorValues" PRIMARY KEY AUTOINCREMENT,
    "IndicatorId" INTEGER NOT NULL,
    "PeriodKey" TEXT NOT NULL,
    "Value" TEXT NULL,
    "Numerator" TEXT NULL,
    "Denominator" TEXT NULL,
    "Note" TEXT NULL,
    "OfficeId" INTEGER NULL,
    "UserName" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "ReportId" INTEGER NULL,
    CONSTRAINT "FK_IndicatorValues_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Reports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reports" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "DutyId" INTEGER NOT NULL,
    "UnitId" INTEGER NOT NULL,
    "Frequency" TEXT NOT NULL,
    "PeriodKey" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Summary" TEXT NULL,
    "SubmittedAt" INTEGER NULL,
    "SubmittedBy" TEXT NULL,
    "ReviewedAt" INTEGER NULL,
    "ReviewedBy" TEXT NULL,
    "ReviewComment" TEXT NULL,
    CONSTRAINT "FK_Reports_PlanReportingDuties_DutyId" FOREIGN KEY ("DutyId") REFERENCES "PlanReportingDuties" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Reports_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "DeadlineChanges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DeadlineChanges" PRIMARY KEY AUTOINCREMENT,
    "TaskId" INTEGER NOT NULL,
    "FromText" TEXT NOT NULL,
    "ToText" TEXT NOT NULL,
    "ToKind" TEXT NOT NULL,
    "ToStart" TEXT NULL,
    "ToEnd" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "DecisionNote" TEXT NULL,
    "Batch" TEXT NULL,
    CONSTRAINT "FK_DeadlineChanges_PlanTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "PlanTasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ExplanationRequests" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ExplanationRequests" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "TaskId" INTEGER NULL,
    "IndicatorId" INTEGER NULL,
    "OfficeId" INTEGER NULL,
    "Question" TEXT NOT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "Answer" TEXT NULL,
    "AnsweredBy" TEXT NULL,
    "AnsweredAt" INTEGER NULL,
    CONSTRAINT "FK_ExplanationRequests_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Notifications" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Link" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ReadAt" INTEGER NULL,
    "EmailedAt" INTEGER NULL,
    "EmailError" TEXT NULL
);

CREATE INDEX "IX_Attachments_UnitId" ON "Attachments" ("UnitId");

CREATE INDEX "IX_TaskUpdates_AttachmentId" ON "TaskUpdates" ("AttachmentId");

CREATE INDEX "IX_TaskUpdates_ReportId" ON "TaskUpdates" ("ReportId");

CREATE INDEX "IX_TaskUpdates_TaskId_At" ON "TaskUpdates" ("TaskId", "At");

CREATE UNIQUE INDEX "IX_IndicatorValues_IndicatorId_PeriodKey" ON "IndicatorValues" ("IndicatorId", "PeriodKey");

CREATE INDEX "IX_IndicatorValues_ReportId" ON "IndicatorValues" ("ReportId");

CREATE UNIQUE INDEX "IX_Reports_DutyId_UnitId_PeriodKey" ON "Reports" ("DutyId", "UnitId", "PeriodKey");

CREATE INDEX "IX_Reports_PlanId" ON "Reports" ("PlanId");

CREATE INDEX "IX_Reports_UnitId_State" ON "Reports" ("UnitId", "State");

CREATE INDEX "IX_DeadlineChanges_State" ON "DeadlineChanges" ("State");

CREATE INDEX "IX_DeadlineChanges_TaskId_RequestedAt" ON "DeadlineChanges" ("TaskId", "RequestedAt");

CREATE INDEX "IX_ExplanationRequests_IndicatorId" ON "ExplanationRequests" ("IndicatorId");

CREATE INDEX "IX_ExplanationRequests_PlanId" ON "ExplanationRequests" ("PlanId");

CREATE INDEX "IX_ExplanationRequests_TaskId" ON "ExplanationRequests" ("TaskId");

CREATE INDEX "IX_Notifications_EmailedAt" ON "Notifications" ("EmailedAt");

CREATE UNIQUE INDEX "IX_Notifications_Key_UserId" ON "Notifications" ("Key", "UserId");

CREATE INDEX "IX_Notifications_UserId_ReadAt" ON "Notifications" ("UserId", "ReadAt");

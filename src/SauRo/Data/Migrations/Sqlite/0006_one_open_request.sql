-- Sáu Rõ: at most one pending deadline change per task, and at most one unanswered explanation request per task or
-- indicator, even when two requests arrive at once (SQLite).
CREATE UNIQUE INDEX "IX_DeadlineChanges_TaskId_Pending" ON "DeadlineChanges" ("TaskId") WHERE "State" = 'Pending';

CREATE UNIQUE INDEX "IX_ExplanationRequests_TaskId_Open" ON "ExplanationRequests" ("TaskId") WHERE "TaskId" IS NOT NULL AND "AnsweredAt" IS NULL;

CREATE UNIQUE INDEX "IX_ExplanationRequests_IndicatorId_Open" ON "ExplanationRequests" ("IndicatorId") WHERE "IndicatorId" IS NOT NULL AND "AnsweredAt" IS NULL;

-- Sáu Rõ: each task's status as last computed, for dashboards and reports (derived, filled by the application).
CREATE TABLE "TaskStatusSnapshots" (
    "TaskId" INTEGER NOT NULL CONSTRAINT "PK_TaskStatusSnapshots" PRIMARY KEY,
    "Status" TEXT NOT NULL,
    "DueDate" TEXT NULL,
    "DaysLateDone" INTEGER NULL,
    "ComputedOn" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    CONSTRAINT "FK_TaskStatusSnapshots_PlanTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "PlanTasks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_TaskStatusSnapshots_ValidUntil" ON "TaskStatusSnapshots" ("ValidUntil");
CREATE INDEX "IX_TaskStatusSnapshots_ComputedOn" ON "TaskStatusSnapshots" ("ComputedOn");

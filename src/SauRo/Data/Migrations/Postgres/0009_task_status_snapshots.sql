-- Sáu Rõ: each task's status as last computed, for dashboards and reports (derived, filled by the application).
CREATE TABLE "TaskStatusSnapshots" (
    "TaskId" integer NOT NULL,
    "Status" character varying(16) NOT NULL,
    "DueDate" date,
    "DaysLateDone" integer,
    "ComputedOn" date NOT NULL,
    "ValidUntil" date NOT NULL,
    CONSTRAINT "PK_TaskStatusSnapshots" PRIMARY KEY ("TaskId"),
    CONSTRAINT "FK_TaskStatusSnapshots_PlanTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "PlanTasks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_TaskStatusSnapshots_ValidUntil" ON "TaskStatusSnapshots" ("ValidUntil");
CREATE INDEX "IX_TaskStatusSnapshots_ComputedOn" ON "TaskStatusSnapshots" ("ComputedOn");

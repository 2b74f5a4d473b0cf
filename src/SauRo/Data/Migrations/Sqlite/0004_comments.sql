-- Sáu Rõ: comments on tasks (SQLite).
CREATE TABLE "TaskComments" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TaskComments" PRIMARY KEY AUTOINCREMENT,
    "TaskId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "UserName" TEXT NOT NULL,
    "AuthorUnit" TEXT NULL,
    "Text" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_TaskComments_PlanTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "PlanTasks" ("Id") ON DELETE CASCADE
);
CREATE INDEX "IX_TaskComments_TaskId_CreatedAt" ON "TaskComments" ("TaskId", "CreatedAt");

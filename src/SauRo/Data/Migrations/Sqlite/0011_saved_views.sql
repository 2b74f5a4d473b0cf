-- Sáu Rõ: dashboard filters kept under a name, private or shared within the unit (SQLite).
CREATE TABLE "SavedViews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SavedViews" PRIMARY KEY AUTOINCREMENT,
    "UnitId" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Query" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "OwnerName" TEXT NULL,
    "Shared" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_SavedViews_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SavedViews_UnitId_OwnerId" ON "SavedViews" ("UnitId", "OwnerId");

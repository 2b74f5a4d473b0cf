-- Sáu Rõ: each indicator's colour as last computed, for dashboards (derived, filled by the application).
CREATE TABLE "IndicatorColourSnapshots" (
    "IndicatorId" INTEGER NOT NULL CONSTRAINT "PK_IndicatorColourSnapshots" PRIMARY KEY,
    "Colour" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "CutOffDay" INTEGER NOT NULL,
    "ComputedOn" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_IndicatorColourSnapshots_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_IndicatorColourSnapshots_ValidUntil" ON "IndicatorColourSnapshots" ("ValidUntil");

-- Each plan's report completeness as last computed, for the province dashboard (derived, filled by the application).
CREATE TABLE "ReportCompletenessSnapshots" (
    "PlanId" INTEGER NOT NULL CONSTRAINT "PK_ReportCompletenessSnapshots" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "CutOffDay" INTEGER NOT NULL,
    "Expected" INTEGER NOT NULL,
    "Submitted" INTEGER NOT NULL,
    "OnTime" INTEGER NOT NULL,
    "Approved" INTEGER NOT NULL,
    "ComputedOn" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_ReportCompletenessSnapshots_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ReportCompletenessSnapshots_ValidUntil" ON "ReportCompletenessSnapshots" ("ValidUntil");

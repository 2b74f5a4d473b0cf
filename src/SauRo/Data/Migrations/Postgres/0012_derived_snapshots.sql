-- Sáu Rõ: each indicator's colour as last computed, for dashboards (derived, filled by the application).
CREATE TABLE "IndicatorColourSnapshots" (
    "IndicatorId" integer NOT NULL,
    "Colour" character varying(16) NOT NULL,
    "Year" integer NOT NULL,
    "CutOffDay" integer NOT NULL,
    "ComputedOn" date NOT NULL,
    "ValidUntil" date NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_IndicatorColourSnapshots" PRIMARY KEY ("IndicatorId"),
    CONSTRAINT "FK_IndicatorColourSnapshots_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_IndicatorColourSnapshots_ValidUntil" ON "IndicatorColourSnapshots" ("ValidUntil");

-- Each plan's report completeness as last computed, for the province dashboard (derived, filled by the application).
CREATE TABLE "ReportCompletenessSnapshots" (
    "PlanId" integer NOT NULL,
    "Year" integer NOT NULL,
    "CutOffDay" integer NOT NULL,
    "Expected" integer NOT NULL,
    "Submitted" integer NOT NULL,
    "OnTime" integer NOT NULL,
    "Approved" integer NOT NULL,
    "ComputedOn" date NOT NULL,
    "ValidUntil" date NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_ReportCompletenessSnapshots" PRIMARY KEY ("PlanId"),
    CONSTRAINT "FK_ReportCompletenessSnapshots_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ReportCompletenessSnapshots_ValidUntil" ON "ReportCompletenessSnapshots" ("ValidUntil");

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

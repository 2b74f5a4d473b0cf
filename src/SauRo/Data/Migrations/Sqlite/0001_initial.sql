-- Sáu Rõ: initial schema (Sqlite). Written from 'SauRo schema-script sqlite' of the model at this version.
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);


CREATE TABLE "PendingImports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PendingImports" PRIMARY KEY,
    "UnitId" INTEGER NOT NULL,
    "UserId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "Sha256" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL
);


CREATE TABLE "Units" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Units" PRIMARY KEY AUTOINCREMENT,
    "ParentId" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "NameKey" TEXT NOT NULL,
    "SortOrder" INTEGER NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Units_Units_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "UnitId" INTEGER NULL,
    "FullName" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL,
    CONSTRAINT "FK_AspNetUsers_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Plans" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Plans" PRIMARY KEY AUTOINCREMENT,
    "UnitId" INTEGER NOT NULL,
    "Number" TEXT NULL,
    "NumberText" TEXT NULL,
    "Place" TEXT NULL,
    "IssuedOn" TEXT NULL,
    "Issuer" TEXT NULL,
    "Title" TEXT NOT NULL,
    "Signer" TEXT NULL,
    "SignerRole" TEXT NULL,
    "Year" INTEGER NULL,
    "DeclaredIndicators" INTEGER NULL,
    "DeclaredTasks" INTEGER NULL,
    "ParentPlanId" INTEGER NULL,
    "SearchKey" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_Plans_Plans_ParentPlanId" FOREIGN KEY ("ParentPlanId") REFERENCES "Plans" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Plans_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "UnitAliases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_UnitAliases" PRIMARY KEY AUTOINCREMENT,
    "UnitId" INTEGER NOT NULL,
    "Alias" TEXT NOT NULL,
    "AliasKey" TEXT NOT NULL,
    CONSTRAINT "FK_UnitAliases_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Indicators" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Indicators" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Appendix" TEXT NULL,
    "GroupName" TEXT NULL,
    "Ordinal" TEXT NULL,
    "Name" TEXT NOT NULL,
    "Unit" TEXT NULL,
    "Comparator" TEXT NOT NULL,
    "TargetValue" TEXT NULL,
    "TargetText" TEXT NULL,
    "Source" TEXT NULL,
    "Origin" TEXT NOT NULL,
    "SearchKey" TEXT NOT NULL,
    CONSTRAINT "FK_Indicators_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PlanBases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlanBases" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_PlanBases_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PlanImports" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlanImports" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "ImportedAt" INTEGER NOT NULL,
    "ImportedBy" TEXT NULL,
    "Added" INTEGER NOT NULL,
    "Changed" INTEGER NOT NULL,
    "Removed" INTEGER NOT NULL,
    "Warnings" TEXT NOT NULL,
    CONSTRAINT "FK_PlanImports_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PlanReportingDuties" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlanReportingDuties" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "FromParty" TEXT NOT NULL,
    "ToText" TEXT NULL,
    "Frequency" TEXT NOT NULL,
    "DueDay" INTEGER NOT NULL,
    "DueMonth" INTEGER NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_PlanReportingDuties_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PlanTasks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_PlanTasks" PRIMARY KEY AUTOINCREMENT,
    "PlanId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Appendix" TEXT NULL,
    "AppendixTitle" TEXT NULL,
    "Section" TEXT NULL,
    "Ordinal" TEXT NULL,
    "Content" TEXT NOT NULL,
    "Accountable" TEXT NULL,
    "AccountableExpected" INTEGER NOT NULL,
    "Product" TEXT NULL,
    "DueText" TEXT NOT NULL,
    "DueKind" TEXT NOT NULL,
    "DueStart" TEXT NULL,
    "DueEnd" TEXT NULL,
    "DueEvery" TEXT NULL,
    "DueOngoingAfter" INTEGER NOT NULL,
    "AdjustedDueText" TEXT NULL,
    "AdjustedDueKind" TEXT NULL,
    "AdjustedDueStart" TEXT NULL,
    "AdjustedDueEnd" TEXT NULL,
    "ParentTaskId" INTEGER NULL,
    "SearchKey" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_PlanTasks_PlanTasks_ParentTaskId" FOREIGN KEY ("ParentTaskId") REFERENCES "PlanTasks" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PlanTasks_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "IndicatorLeads" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_IndicatorLeads" PRIMARY KEY AUTOINCREMENT,
    "IndicatorId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "UnitId" INTEGER NULL,
    CONSTRAINT "FK_IndicatorLeads_Indicators_IndicatorId" FOREIGN KEY ("IndicatorId") REFERENCES "Indicators" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_IndicatorLeads_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE SET NULL
);


CREATE TABLE "TaskBases" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TaskBases" PRIMARY KEY AUTOINCREMENT,
    "TaskId" INTEGER NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_TaskBases_PlanTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "PlanTasks" ("Id") ON DELETE CASCADE
);


CREATE TABLE "TaskUnits" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_TaskUnits" PRIMARY KEY AUTOINCREMENT,
    "TaskId" INTEGER NOT NULL,
    "Role" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "UnitId" INTEGER NULL,
    CONSTRAINT "FK_TaskUnits_PlanTasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "PlanTasks" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_TaskUnits_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES "Units" ("Id") ON DELETE SET NULL
);


CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");


CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");


CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");


CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");


CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");


CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");


CREATE INDEX "IX_AspNetUsers_UnitId" ON "AspNetUsers" ("UnitId");


CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");


CREATE INDEX "IX_IndicatorLeads_IndicatorId" ON "IndicatorLeads" ("IndicatorId");


CREATE INDEX "IX_IndicatorLeads_UnitId" ON "IndicatorLeads" ("UnitId");


CREATE INDEX "IX_Indicators_PlanId_Position" ON "Indicators" ("PlanId", "Position");


CREATE INDEX "IX_PendingImports_CreatedAt" ON "PendingImports" ("CreatedAt");


CREATE INDEX "IX_PlanBases_PlanId_Position" ON "PlanBases" ("PlanId", "Position");


CREATE INDEX "IX_PlanImports_PlanId" ON "PlanImports" ("PlanId");


CREATE INDEX "IX_PlanReportingDuties_PlanId" ON "PlanReportingDuties" ("PlanId");


CREATE INDEX "IX_Plans_ParentPlanId" ON "Plans" ("ParentPlanId");


CREATE INDEX "IX_Plans_UnitId" ON "Plans" ("UnitId");


CREATE INDEX "IX_PlanTasks_DueEnd" ON "PlanTasks" ("DueEnd");


CREATE INDEX "IX_PlanTasks_ParentTaskId" ON "PlanTasks" ("ParentTaskId");


CREATE INDEX "IX_PlanTasks_PlanId_Position" ON "PlanTasks" ("PlanId", "Position");


CREATE INDEX "IX_TaskBases_TaskId" ON "TaskBases" ("TaskId");


CREATE INDEX "IX_TaskUnits_TaskId" ON "TaskUnits" ("TaskId");


CREATE INDEX "IX_TaskUnits_UnitId_Role" ON "TaskUnits" ("UnitId", "Role");


CREATE INDEX "IX_UnitAliases_AliasKey" ON "UnitAliases" ("AliasKey");


CREATE UNIQUE INDEX "IX_UnitAliases_UnitId_AliasKey" ON "UnitAliases" ("UnitId", "AliasKey");


CREATE INDEX "IX_Units_NameKey" ON "Units" ("NameKey");


CREATE INDEX "IX_Units_ParentId" ON "Units" ("ParentId");




namespace SauRo.Tests.Web;

/// <summary><see cref="SqlShapes"/> tells the shape SQLite materialises from the one it flattens (both written by EF Core).</summary>
public class SqlShapesTests
{
    [Fact]
    public void JoinInsideALeftJoinedSubquery_IsFound_AFilterOnlySubqueryIsNot()
    {
        const string Materialised = """
            SELECT "s"."Id", "s0"."Name"
            FROM (SELECT "p"."Id" FROM "PlanTasks" AS "p" WHERE "p"."Id" = @id LIMIT 2) AS "s"
            LEFT JOIN (
                SELECT "t"."TaskId", "u2"."Name"
                FROM "TaskUnits" AS "t"
                LEFT JOIN "Units" AS "u2" ON "t"."UnitId" = "u2"."Id"
                WHERE "t"."Role" = 'Lead'
            ) AS "s0" ON "s"."Id" = "s0"."TaskId"
            """;
        const string Flattened = """
            SELECT "p0"."UnitId", "t0"."UnitId", "u2"."Name"
            FROM "PlanTasks" AS "p"
            LEFT JOIN (
                SELECT "t"."UnitId", "t"."TaskId" AS "TaskId0"
                FROM "TaskUnits" AS "t"
                WHERE "t"."Role" = 'Lead' AND "t"."UnitId" IS NOT NULL
            ) AS "t0" ON "p"."Id" = "t0"."TaskId0"
            INNER JOIN "Plans" AS "p0" ON "p"."PlanId" = "p0"."Id"
            LEFT JOIN "Units" AS "u2" ON "t0"."UnitId" = "u2"."Id"
            WHERE "p"."Id" = @id
            """;

        SqlShapes.JoinsInsideLeftJoinedSubquery(Materialised).ShouldBeTrue();
        SqlShapes.JoinsInsideLeftJoinedSubquery(Flattened).ShouldBeFalse();
        SqlShapes.JoinsInsideLeftJoinedSubquery("SELECT 1").ShouldBeFalse();
    }
}

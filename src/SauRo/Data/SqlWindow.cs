using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace SauRo.Data;

/// <summary>
/// Window functions EF Core does not translate, mapped in <see cref="SauRoDbContext"/> (the same SQL on SQLite and
/// PostgreSQL), so that one statement returns a page and how many rows the whole query has.
/// </summary>
public static class SqlWindow
{
    /// <summary>
    /// <c>COUNT(*) OVER ()</c> (as an integer): the number of rows of the query before its LIMIT/OFFSET. Only in a
    /// projection applied directly to the query that pages: when something is joined after the paging, EF moves the
    /// paging into a subquery and computes this outside it, over the page.
    /// </summary>
    public static int TotalRows() => throw new InvalidOperationException("SqlWindow.TotalRows chỉ dùng trong truy vấn LINQ tới cơ sở dữ liệu.");

    internal static void Map(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(SqlWindow).GetMethod(nameof(TotalRows))!)
            .HasTranslation(_ => new SqlFunctionExpression("CAST(COUNT(*) OVER () AS INTEGER)", nullable: false, typeof(int), null));
}

namespace SauRo.Tests.Web;

/// <summary>SQL shapes a database plans badly at national size, to refuse in the commands a test records.</summary>
public static class SqlShapes
{
    /// <summary>Whether a subquery on the right of a LEFT JOIN joins tables itself (SQLite cannot flatten it and materialises it whole).</summary>
    public static bool JoinsInsideLeftJoinedSubquery(string sql)
    {
        for (var at = sql.IndexOf("LEFT JOIN (", StringComparison.Ordinal); at >= 0; at = sql.IndexOf("LEFT JOIN (", at + 1, StringComparison.Ordinal))
        {
            var open = at + "LEFT JOIN ".Length;
            var depth = 0;
            var end = open;
            for (; end < sql.Length; end++)
            {
                depth += sql[end] switch { '(' => 1, ')' => -1, _ => 0 };
                if (depth == 0)
                {
                    break;
                }
            }

            if (sql[open..end].Contains(" JOIN ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

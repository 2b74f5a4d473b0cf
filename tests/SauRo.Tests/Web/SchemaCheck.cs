using Microsoft.EntityFrameworkCore;
using SauRo.Data;

namespace SauRo.Tests.Web;

/// <summary>Compares the EF model with the tables and columns the SQL migrations created.</summary>
public static class SchemaCheck
{
    /// <summary>"Table.Column" for every column the model maps that the database lacks.</summary>
    public static List<string> Missing(SauRoDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        connection.Open();
        try
        {
            var existing = new HashSet<string>(StringComparer.Ordinal);
            using var cmd = connection.CreateCommand();
            cmd.CommandText = db.Database.IsNpgsql()
                ? "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'"
                : "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'";
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                {
                    existing.Add(reader.GetString(0));
                }
            }

            var missing = new List<string>();
            foreach (var entity in db.Model.GetEntityTypes())
            {
                var table = entity.GetTableName();
                if (table is null)
                {
                    continue;
                }

                var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
                foreach (var property in entity.GetProperties())
                {
                    var column = property.GetColumnName(store);
                    if (column is not null && !existing.Contains($"{table}.{column}"))
                    {
                        missing.Add($"{table}.{column}");
                    }
                }
            }

            return missing;
        }
        finally
        {
            connection.Close();
        }
    }
}

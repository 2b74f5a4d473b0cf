using Microsoft.EntityFrameworkCore;
using SauRo.Data;

namespace SauRo.Cli;

/// <summary>
/// <c>schema-script sqlite|postgres</c>: prints the CREATE script of the current EF model for a provider, the reference
/// from which the SQL migrations in Data/Migrations are written.
/// </summary>
public static class SchemaScriptCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new DbContextOptionsBuilder<SauRoDbContext>();
        switch (args)
        {
            case ["sqlite"]:
                options.UseSqlite("Data Source=:memory:");
                break;
            case ["postgres"]:
                options.UseNpgsql("Host=localhost");
                break;
            default:
                stderr.WriteLine("Cách dùng: SauRo schema-script sqlite|postgres");
                return CommandLine.Failed;
        }

        using var db = new SauRoDbContext(options.Options);
        stdout.WriteLine(db.Database.GenerateCreateScript());
        return CommandLine.Ok;
    }
}

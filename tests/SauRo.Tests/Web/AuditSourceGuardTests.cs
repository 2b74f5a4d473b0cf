using System.Text.RegularExpressions;
using SauRo.Core.Tests.Fixtures;

namespace SauRo.Tests.Web;

/// <summary>
/// Guards on the source tree: no code path updates or deletes audit rows, and no code writes around the change tracker
/// (bulk ExecuteUpdate/ExecuteDelete bypass the audit interceptor) except on uploads waiting for confirmation, which
/// the trail does not follow.
/// </summary>
public sealed partial class AuditSourceGuardTests
{
    private const string Interceptor = "AuditInterceptor.cs";

    private static readonly string[] UnauditedSets = ["PendingImports"];

    [Fact]
    public void Source_NothingButTheInterceptorUpdatesOrDeletesAuditRows()
    {
        var offences = Statements()
            .Where(s => Path.GetFileName(s.File) != Interceptor)
            .Where(s => (AuditSet().IsMatch(s.Text) && Mutation().IsMatch(s.Text)) || RawSqlMutation().IsMatch(s.Text))
            .Select(s => s.Where)
            .ToList();

        offences.ShouldBeEmpty("Dòng nhật ký chỉ được ghi thêm; các chỗ sau sửa hoặc xóa nhật ký");
    }

    [Fact]
    public void Source_BulkWritesTouchOnlyWhatTheTrailDoesNotFollow()
    {
        var offences = Statements()
            .Where(s => BulkWrite().IsMatch(s.Text) && !UnauditedSets.Any(set => s.Text.Contains(set, StringComparison.Ordinal)))
            .Select(s => s.Where)
            .ToList();

        offences.ShouldBeEmpty("ExecuteUpdate/ExecuteDelete không qua nhật ký thay đổi; hãy sửa, xóa qua DbContext rồi SaveChanges");
    }

    [Fact]
    public void Guard_RecognisesTheWaysOfDeletingAuditRows()
    {
        AuditSet().IsMatch("db.AuditEntries.Where(e => e.Id == 1)\n    .ExecuteDeleteAsync()").ShouldBeTrue();
        Mutation().IsMatch("db.AuditEntries.Where(e => e.Id == 1)\n    .ExecuteDeleteAsync()").ShouldBeTrue();
        Mutation().IsMatch("db.Set<AuditEntry>().Remove(entry)").ShouldBeTrue();
        AuditSet().IsMatch("db.Set<AuditEntry>().Remove(entry)").ShouldBeTrue();
        RawSqlMutation().IsMatch("\"DELETE FROM \\\"AuditEntries\\\"\"").ShouldBeTrue();
        RawSqlMutation().IsMatch("\"update AuditEntries set x = 1\"").ShouldBeTrue();
        Mutation().IsMatch("db.AuditEntries.Add(entry)").ShouldBeFalse();
    }

    /// <summary>The C# statements of src/ (.cs and .cshtml, split at semicolons, line comments dropped), with their file and first line.</summary>
    private static IEnumerable<(string File, string Where, string Text)> Statements()
    {
        var src = Path.Combine(SampleFiles.RepositoryRoot, "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(src, "*.cshtml", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(SampleFiles.RepositoryRoot, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var lines = File.ReadAllLines(file).Select(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal) ? string.Empty : l).ToArray();
            var text = new System.Text.StringBuilder();
            int? start = null;
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var c in lines[i])
                {
                    if (c == ';')
                    {
                        yield return (file, $"{relative}:{(start ?? i) + 1}", text.ToString());
                        text.Clear();
                        start = null;
                        continue;
                    }

                    if (start is null && !char.IsWhiteSpace(c))
                    {
                        start = i;
                    }

                    text.Append(c);
                }

                text.Append('\n');
            }
        }
    }

    [GeneratedRegex(@"\bAuditEntries\b|Set<\s*AuditEntry\s*>")]
    private static partial Regex AuditSet();

    [GeneratedRegex(@"\.\s*(Remove|RemoveRange|Update|UpdateRange|Attach|AttachRange|ExecuteDelete|ExecuteDeleteAsync|ExecuteUpdate|ExecuteUpdateAsync)\s*[(<]")]
    private static partial Regex Mutation();

    [GeneratedRegex(@"\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+\\?""?AuditEntries", RegexOptions.IgnoreCase)]
    private static partial Regex RawSqlMutation();

    [GeneratedRegex(@"\.\s*(ExecuteDelete|ExecuteDeleteAsync|ExecuteUpdate|ExecuteUpdateAsync)\s*\(")]
    private static partial Regex BulkWrite();
}

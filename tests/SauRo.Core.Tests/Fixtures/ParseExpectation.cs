using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SauRo.Core.Tests.Fixtures;

/// <summary>
/// Checks the JSON of <c>parse --json</c> against an expectation file, with the same rules as the workplace's
/// check-parse.py, so that the xUnit suite asserts the same facts as that tool.
/// </summary>
public static partial class ParseExpectation
{
    public static List<string> Check(string expectedJson, string parsedJson)
    {
        using var expDoc = JsonDocument.Parse(expectedJson);
        using var gotDoc = JsonDocument.Parse(parsedJson);
        var exp = expDoc.RootElement;
        var got = gotDoc.RootElement;
        var failed = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                failed.Add(what);
            }
        }

        var plan = Prop(got, "plan");
        if (exp.TryGetProperty("plan", out var expPlan))
        {
            foreach (var p in expPlan.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "titleContains":
                        Check(Contains(Str(plan, "title"), p.Value.GetString()!), $"plan.title should contain {p.Value}");
                        break;
                    case "basesMin":
                        Check(Arr(plan, "bases").Count >= p.Value.GetInt32(), $"plan.bases should have >= {p.Value}, got {Arr(plan, "bases").Count}");
                        break;
                    case "declared":
                        var d = Prop(plan, "declared");
                        Check(Int(d, "indicators") == Int(p.Value, "indicators") && Int(d, "tasks") == Int(p.Value, "tasks"),
                            $"plan.declared should be {p.Value}, got {d}");
                        break;
                    default:
                        var g = Str(plan, p.Name);
                        var ok = p.Value.ValueKind == JsonValueKind.Null ? g is null : Norm(g) == Norm(p.Value.GetString());
                        Check(ok, $"plan.{p.Name} should be {p.Value}, got {g ?? "null"}");
                        break;
                }
            }
        }

        var indicators = got.TryGetProperty("indicators", out var ii) ? ii.EnumerateArray().ToList() : [];
        var table = indicators.Where(i => (Str(i, "origin") ?? "table") == "table").ToList();
        var prose = indicators.Where(i => Str(i, "origin") == "prose").ToList();
        var tasks = got.TryGetProperty("tasks", out var tt) ? tt.EnumerateArray().ToList() : [];
        Check(table.Count == exp.GetProperty("tableIndicators").GetInt32(), $"table indicators: want {exp.GetProperty("tableIndicators")}, got {table.Count}");
        Check(tasks.Count == exp.GetProperty("tasks").GetInt32(), $"tasks: want {exp.GetProperty("tasks")}, got {tasks.Count}");

        foreach (var e in Items(exp, "indicators"))
        {
            var ordinal = e.GetProperty("ordinal").GetString();
            var tag = $"indicator {ordinal}";
            var m = table.Where(i => Norm(Str(i, "ordinal")) == Norm(ordinal)).ToList();
            if (m.Count == 0)
            {
                Check(false, $"{tag}: not found");
                continue;
            }

            var i = m[0];
            foreach (var k in new[] { "unit", "comparator", "group" })
            {
                if (e.TryGetProperty(k, out var v))
                {
                    Check(Norm(Str(i, k)) == Norm(v.GetString()), $"{tag}.{k}: want {v}, got {Str(i, k)}");
                }
            }

            if (e.TryGetProperty("target", out var target))
            {
                Check(Num(i, "target") == target.GetDouble(), $"{tag}.target: want {target}, got {Num(i, "target")}");
            }

            if (e.TryGetProperty("lead", out var lead))
            {
                Check(SameList(Arr(i, "lead"), lead.EnumerateArray().Select(x => x.GetString()!).ToList()), $"{tag}.lead: want {lead}, got {string.Join(" ; ", Arr(i, "lead"))}");
            }

            if (e.TryGetProperty("nameContains", out var nc))
            {
                Check(Contains(Str(i, "name"), nc.GetString()!), $"{tag}.name should contain {nc}");
            }

            if (e.TryGetProperty("sourceContains", out var sc))
            {
                Check(Contains(Str(i, "source"), sc.GetString()!), $"{tag}.source should contain {sc}");
            }
        }

        foreach (var e in Items(exp, "taskChecks"))
        {
            var ordinal = e.GetProperty("ordinal").GetString();
            var appendix = e.TryGetProperty("appendix", out var ap) ? ap.GetString() : null;
            var tag = $"task {appendix} #{ordinal}".Trim();
            var m = tasks.Where(t => Norm(Str(t, "ordinal")) == Norm(ordinal) && (appendix is null || SameAppendix(Str(t, "appendix"), appendix))).ToList();
            if (m.Count == 0)
            {
                Check(false, $"{tag}: not found");
                continue;
            }

            var task = m[0];
            var due = Prop(task, "due");
            foreach (var (k, field) in new[] { ("contentContains", "content"), ("productContains", "product"), ("cooperatingContains", "cooperating"), ("basisContains", "basis") })
            {
                if (e.TryGetProperty(k, out var v))
                {
                    var value = task.TryGetProperty(field, out var f) && f.ValueKind == JsonValueKind.Array
                        ? string.Join(" ; ", f.EnumerateArray().Select(x => x.GetString()))
                        : Str(task, field);
                    Check(Contains(value, v.GetString()!), $"{tag}.{field} should contain {v}, got {value}");
                }
            }

            if (e.TryGetProperty("lead", out var lead))
            {
                Check(SameList(Arr(task, "lead"), lead.EnumerateArray().Select(x => x.GetString()!).ToList()), $"{tag}.lead: want {lead}, got {string.Join(" ; ", Arr(task, "lead"))}");
            }

            if (e.TryGetProperty("basis", out var basis))
            {
                Check(SameList(Arr(task, "basis"), basis.EnumerateArray().Select(x => x.GetString()!).ToList()), $"{tag}.basis: want {basis}, got {string.Join(" ; ", Arr(task, "basis"))}");
            }

            foreach (var (k, field) in new[] { ("section", "section"), ("accountable", "accountable") })
            {
                if (e.TryGetProperty(k, out var v))
                {
                    Check(Norm(Str(task, field)) == Norm(v.ValueKind == JsonValueKind.Null ? null : v.GetString()), $"{tag}.{field}: want {v}, got {Str(task, field)}");
                }
            }

            if (e.TryGetProperty("dueKind", out var dk))
            {
                Check(Str(due, "kind") == dk.GetString(), $"{tag}.due.kind: want {dk}, got {Str(due, "kind")}");
            }

            foreach (var (k, field) in new[] { ("dueEnd", "end"), ("dueStart", "start") })
            {
                if (e.TryGetProperty(k, out var v))
                {
                    var want = v.ValueKind == JsonValueKind.Null ? null : v.GetString();
                    Check(Str(due, field) == want, $"{tag}.due.{field}: want {want ?? "null"}, got {Str(due, field) ?? "null"}");
                }
            }

            if (e.TryGetProperty("dueEndIn", out var endIn))
            {
                var options = endIn.EnumerateArray().Select(x => x.GetString()).ToList();
                Check(options.Contains(Str(due, "end")), $"{tag}.due.end: want one of {endIn}, got {Str(due, "end")}");
            }
        }

        if (exp.TryGetProperty("proseMin", out var proseMin))
        {
            Check(prose.Count >= proseMin.GetInt32(), $"prose indicators: want >= {proseMin}, got {prose.Count}");
        }

        foreach (var e in Items(exp, "proseMust"))
        {
            var name = e.TryGetProperty("nameContains", out var nc) ? nc.GetString() : null;
            var target = e.GetProperty("target").GetDouble();
            Check(indicators.Any(i => (name is null || Contains(Str(i, "name"), name)) && Num(i, "target") == target),
                $"an indicator '{name}' with target {target} should be found");
        }

        if (exp.TryGetProperty("warningsMin", out var wm))
        {
            Check(Arr(got, "warnings").Count >= wm.GetInt32(), "warnings expected");
        }

        foreach (var e in Items(exp, "reportingMust"))
        {
            var period = e.GetProperty("period").GetString();
            var day = e.GetProperty("dueDay").GetInt32();
            var reporting = got.TryGetProperty("reporting", out var r) ? r.EnumerateArray().ToList() : [];
            Check(reporting.Any(x => Str(x, "period") == period && Int(x, "dueDay") == day), $"reporting duty {e} should be found");
        }

        return failed;
    }

    /// <summary>NFC, tags and ** removed, hoá = hóa, whitespace collapsed, case folded — as check-parse.py's norm.</summary>
    public static string? Norm(string? s)
    {
        if (s is null)
        {
            return null;
        }

        s = s.Normalize(NormalizationForm.FormC);
        s = Tag().Replace(s, " ").Replace("**", " ", StringComparison.Ordinal);
        s = s.Replace("hoá", "hóa", StringComparison.Ordinal).Replace("Hoá", "Hóa", StringComparison.Ordinal);
        return Space().Replace(s, " ").Trim().ToLowerInvariant();
    }

    private static bool Contains(string? hay, string needle) => hay is not null && Norm(hay)!.Contains(Norm(needle)!, StringComparison.Ordinal);

    private static bool SameList(IReadOnlyList<string> got, IReadOnlyList<string> want) =>
        got.Select(x => Norm(x)!).Order(StringComparer.Ordinal).SequenceEqual(want.Select(x => Norm(x)!).Order(StringComparer.Ordinal));

    private static bool SameAppendix(string? got, string want)
    {
        var g = Norm(got);
        var w = Norm(want)!;
        return g is not null && (g == w || Regex.IsMatch(g, "^" + Regex.Escape(w) + "(?![a-z0-9ivx])", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }

    private static IEnumerable<JsonElement> Items(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static JsonElement Prop(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    private static string? Str(JsonElement e, string name)
    {
        var v = Prop(e, name);
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        };
    }

    private static int? Int(JsonElement e, string name) => Prop(e, name) is { ValueKind: JsonValueKind.Number } v ? v.GetInt32() : null;

    private static double? Num(JsonElement e, string name)
    {
        var v = Prop(e, name);
        return v.ValueKind switch
        {
            JsonValueKind.Number => v.GetDouble(),
            JsonValueKind.String => double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ => null,
        };
    }

    private static List<string> Arr(JsonElement e, string name) =>
        Prop(e, name) is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SauRo.Core.Plans;

namespace SauRo.Core.Import;

/// <summary>
/// Writes a <see cref="ParsedPlan"/> in the format of the contract "parse --json" (docs/contracts and
/// shared/contracts/parse-json.md): camelCase, ISO dates, null for absent values, [] for absent lists.
/// Fields beyond the contract are added where useful (where an item was read, the deadline's meaning…).
/// </summary>
public static class ParseJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ParsedPlan plan)
    {
        var where = (Func<int, string>)plan.Where;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            WritePlan(w, plan.Header);
            w.WriteStartArray("indicators");
            foreach (var i in plan.Indicators)
            {
                WriteIndicator(w, i, where);
            }

            w.WriteEndArray();
            w.WriteStartArray("tasks");
            foreach (var t in plan.Tasks)
            {
                WriteTask(w, t, where);
            }

            w.WriteEndArray();
            w.WriteStartArray("reporting");
            foreach (var r in plan.Reporting)
            {
                w.WriteStartObject();
                w.WriteString("from", r.FromContract);
                w.WriteString("to", r.To);
                w.WriteString("period", r.FrequencyContract);
                w.WriteNumber("dueDay", r.DueDay);
                WriteNumberOrNull(w, "dueMonth", r.DueMonth);
                w.WriteString("text", r.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteStrings(w, "warnings", plan.Warnings);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The error object printed when a file cannot be read at all.</summary>
    public static string Error(string message)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("error", message);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePlan(Utf8JsonWriter w, PlanHeader h)
    {
        w.WriteStartObject("plan");
        w.WriteString("number", h.Number);
        w.WriteString("numberText", h.NumberText);
        w.WriteString("place", h.Place);
        w.WriteString("issuedOn", h.IssuedOn?.ToIso());
        w.WriteString("issuer", h.Issuer);
        w.WriteString("title", h.Title);
        w.WriteString("signer", h.Signer);
        w.WriteString("signerRole", h.SignerRole);
        WriteStrings(w, "bases", h.Bases);
        if (h.DeclaredIndicators is null && h.DeclaredTasks is null)
        {
            w.WriteNull("declared");
        }
        else
        {
            w.WriteStartObject("declared");
            WriteNumberOrNull(w, "indicators", h.DeclaredIndicators);
            WriteNumberOrNull(w, "tasks", h.DeclaredTasks);
            w.WriteEndObject();
        }

        WriteNumberOrNull(w, "year", h.Year);
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, ParsedIndicator i, Func<int, string> where)
    {
        w.WriteStartObject();
        w.WriteString("ordinal", i.Ordinal);
        w.WriteString("group", i.Group);
        w.WriteString("name", i.Name);
        w.WriteString("unit", i.Target.Unit);
        w.WriteString("comparator", i.Target.ContractComparator);
        w.WriteBoolean("strict", i.Target.IsStrict);
        if (i.Target.Value is { } v)
        {
            w.WriteNumber("target", v);
        }
        else
        {
            w.WriteNull("target");
        }

        w.WriteString("targetText", i.Target.Text.Length > 0 ? i.Target.Text : null);
        WriteStrings(w, "lead", i.Lead);
        w.WriteString("source", i.Source);
        w.WriteString("origin", i.Origin == ItemOrigin.Prose ? "prose" : "table");
        w.WriteString("appendix", i.Appendix);
        w.WriteString("at", where(i.Position));
        w.WriteEndObject();
    }

    private static void WriteTask(Utf8JsonWriter w, ParsedTask t, Func<int, string> where)
    {
        w.WriteStartObject();
        w.WriteString("appendix", t.Appendix);
        w.WriteString("appendixTitle", t.AppendixTitle);
        w.WriteString("section", t.Section);
        w.WriteString("ordinal", t.Ordinal);
        w.WriteString("content", t.Content);
        WriteStrings(w, "lead", t.Lead);
        WriteStrings(w, "cooperating", t.Cooperating);
        w.WriteString("accountable", t.Accountable);
        w.WriteString("product", t.Product);
        w.WritePropertyName("due");
        WriteDeadline(w, t.Due);
        w.WritePropertyName("adjustedDue");
        if (t.AdjustedDue is null)
        {
            w.WriteNullValue();
        }
        else
        {
            WriteDeadline(w, t.AdjustedDue);
        }

        WriteStrings(w, "basis", t.Basis);
        w.WriteStartObject("sixClear");
        w.WriteBoolean("who", t.SixClear.Who);
        w.WriteBoolean("what", t.SixClear.What);
        w.WriteBoolean("when", t.SixClear.When);
        w.WriteBoolean("responsibility", t.SixClear.Responsibility);
        w.WriteBoolean("product", t.SixClear.Product);
        w.WriteBoolean("authority", t.SixClear.Authority);
        w.WriteEndObject();
        WriteStrings(w, "sixClearMissing", t.SixClear.Missing);
        w.WriteString("at", where(t.Position));
        w.WriteEndObject();
    }

    private static void WriteDeadline(Utf8JsonWriter w, Deadline d)
    {
        w.WriteStartObject();
        w.WriteString("text", d.Text);
        w.WriteString("kind", KindName(d.Kind));
        w.WriteString("start", d.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("end", d.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteString("every", d.Every switch
        {
            null => null,
            Recurrence.Month => "month",
            Recurrence.Quarter => "quarter",
            Recurrence.HalfYear => "half-year",
            Recurrence.Year => "year",
            _ => throw new InvalidOperationException(),
        });
        w.WriteBoolean("ongoingAfter", d.OngoingAfter);
        w.WriteStartArray("milestones");
        foreach (var m in d.Milestones)
        {
            w.WriteStringValue(m.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        w.WriteEndArray();
        w.WriteString("meaning", d.Describe());
        w.WriteEndObject();
    }

    public static string KindName(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Date => "date",
        DeadlineKind.Month => "month",
        DeadlineKind.Quarter => "quarter",
        DeadlineKind.Window => "window",
        DeadlineKind.Recurring => "recurring",
        DeadlineKind.From => "from",
        DeadlineKind.Event => "event",
        DeadlineKind.Unknown => "unknown",
        _ => throw new InvalidOperationException(),
    };

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}

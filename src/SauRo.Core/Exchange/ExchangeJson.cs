using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SauRo.Core.Exchange;

/// <summary>
/// Writes an <see cref="ExchangeDocument"/> as docs/exchange-json.md describes it: UTF-8, camelCase, every field
/// present (null for an absent value, [] for an empty list), dates "yyyy-MM-dd", instants ISO 8601 with their offset.
/// The same document always gives the same bytes.
/// </summary>
public static class ExchangeJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(ExchangeDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("format", ExchangeDocument.FormatName);
            w.WriteNumber("version", doc.Version);
            w.WriteString("exportedAt", Instant(doc.ExportedAt));
            w.WriteString("statusDate", Date(doc.StatusDate));
            w.WriteString("source", doc.Source);
            w.WriteStartObject("commune");
            w.WriteString("name", doc.Commune.Name);
            w.WriteString("code", doc.Commune.Code);
            w.WriteString("province", doc.Commune.Province);
            w.WriteEndObject();
            w.WriteStartArray("plans");
            foreach (var plan in doc.Plans)
            {
                WritePlan(w, plan);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>"2026-11-22T09:00:00+07:00"; fractions of a second only when there are some.</summary>
    public static string Instant(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WritePlan(Utf8JsonWriter w, ExchangePlan p)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("number", p.Number);
        w.WriteString("numberText", p.NumberText);
        Number(w, "year", p.Year);
        w.WriteString("title", p.Title);
        w.WriteString("place", p.Place);
        w.WriteString("issuedOn", p.IssuedOn);
        w.WriteString("issuer", p.Issuer);
        w.WriteString("signer", p.Signer);
        w.WriteString("signerRole", p.SignerRole);
        Strings(w, "bases", p.Bases);
        if (p.DeclaredIndicators is null && p.DeclaredTasks is null)
        {
            w.WriteNull("declared");
        }
        else
        {
            w.WriteStartObject("declared");
            Number(w, "indicators", p.DeclaredIndicators);
            Number(w, "tasks", p.DeclaredTasks);
            w.WriteEndObject();
        }

        w.WriteStartArray("reporting");
        foreach (var d in p.Reporting)
        {
            w.WriteStartObject();
            w.WriteString("from", ExchangeNames.Parties.Name(d.From));
            w.WriteString("to", d.To);
            w.WriteString("frequency", ExchangeNames.Frequencies.Name(d.Frequency));
            w.WriteNumber("dueDay", d.DueDay);
            Number(w, "dueMonth", d.DueMonth);
            w.WriteString("text", d.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("indicators");
        foreach (var i in p.Indicators)
        {
            WriteIndicator(w, i);
        }

        w.WriteEndArray();
        w.WriteStartArray("tasks");
        foreach (var t in p.Tasks)
        {
            WriteTask(w, t);
        }

        w.WriteEndArray();
        w.WriteStartArray("reports");
        foreach (var r in p.Reports)
        {
            WriteReport(w, r);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, ExchangeIndicator i)
    {
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("appendix", i.Appendix);
        w.WriteString("group", i.Group);
        w.WriteString("ordinal", i.Ordinal);
        w.WriteString("name", i.Name);
        w.WriteString("unit", i.Unit);
        w.WriteStartObject("target");
        w.WriteString("text", i.TargetText);
        w.WriteString("comparator", ExchangeNames.Comparators.Name(i.Comparator));
        Number(w, "value", i.TargetValue);
        w.WriteEndObject();
        w.WriteString("source", i.Source);
        w.WriteString("origin", i.Origin);
        w.WriteString("valueFrequency", i.ValueFrequency is { } f ? ExchangeNames.Frequencies.Name(f) : null);
        Strings(w, "lead", i.Lead);
        w.WriteStartArray("values");
        foreach (var v in i.Values)
        {
            w.WriteStartObject();
            w.WriteString("period", v.Period);
            Number(w, "value", v.Value);
            Number(w, "numerator", v.Numerator);
            Number(w, "denominator", v.Denominator);
            w.WriteString("note", v.Note);
            w.WriteString("office", v.Office);
            w.WriteString("by", v.By);
            w.WriteString("at", v.At is { } at ? Instant(at) : null);
            w.WriteString("report", v.Report);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("colour", i.Colour);
        w.WriteEndObject();
    }

    private static void WriteTask(Utf8JsonWriter w, ExchangeTask t)
    {
        w.WriteStartObject();
        w.WriteString("id", t.Id);
        w.WriteString("appendix", t.Appendix);
        w.WriteString("appendixTitle", t.AppendixTitle);
        w.WriteString("section", t.Section);
        w.WriteString("ordinal", t.Ordinal);
        w.WriteString("content", t.Content);
        Strings(w, "lead", t.Lead);
        Strings(w, "cooperating", t.Cooperating);
        w.WriteString("accountable", t.Accountable);
        w.WriteBoolean("accountableExpected", t.AccountableExpected);
        w.WriteString("product", t.Product);
        Strings(w, "basis", t.Basis);
        Deadline(w, "due", t.Due);
        Deadline(w, "adjustedDue", t.AdjustedDue);
        w.WriteString("createdAt", t.CreatedAt is { } c ? Instant(c) : null);
        w.WriteStartArray("updates");
        foreach (var u in t.Updates)
        {
            WriteUpdate(w, u);
        }

        w.WriteEndArray();
        w.WriteString("status", t.Status);
        w.WriteEndObject();
    }

    private static void WriteUpdate(Utf8JsonWriter w, ExchangeUpdate u)
    {
        w.WriteStartObject();
        w.WriteString("id", u.Id);
        w.WriteString("at", Instant(u.At));
        w.WriteString("office", u.Office);
        w.WriteString("by", u.By);
        w.WriteString("state", ExchangeNames.Progress.Name(u.State));
        w.WriteNumber("percentDone", u.PercentDone);
        w.WriteString("completedOn", Date(u.CompletedOn));
        w.WriteString("result", u.Result);
        w.WriteString("evidenceNumber", u.EvidenceNumber);
        w.WriteString("evidenceDate", Date(u.EvidenceDate));
        w.WriteString("difficulties", u.Difficulties);
        w.WriteString("proposals", u.Proposals);
        if (u.Attachment is { } a)
        {
            w.WriteStartObject("attachment");
            w.WriteString("fileName", a.FileName);
            w.WriteNumber("size", a.Size);
            w.WriteString("contentType", a.ContentType);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("attachment");
        }

        w.WriteString("report", u.Report);
        w.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter w, ExchangeReport r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("office", r.Office);
        w.WriteString("period", r.Period);
        w.WriteString("dueDate", Date(r.DueDate));
        w.WriteString("state", ExchangeNames.ReportStates.Name(r.State));
        w.WriteString("summary", r.Summary);
        w.WriteString("submittedAt", r.SubmittedAt is { } s ? Instant(s) : null);
        w.WriteString("firstSubmittedAt", r.FirstSubmittedAt is { } f ? Instant(f) : null);
        w.WriteString("submittedBy", r.SubmittedBy);
        w.WriteString("reviewedAt", r.ReviewedAt is { } v ? Instant(v) : null);
        w.WriteString("reviewedBy", r.ReviewedBy);
        w.WriteString("reviewComment", r.ReviewComment);
        w.WriteEndObject();
    }

    private static void Deadline(Utf8JsonWriter w, string name, ExchangeDeadline? d)
    {
        if (d is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("text", d.Text);
        w.WriteString("kind", d.Kind is { } k ? ExchangeNames.DeadlineKinds.Name(k) : null);
        w.WriteString("start", Date(d.Start));
        w.WriteString("end", Date(d.End));
        w.WriteString("every", d.Every is { } e ? ExchangeNames.Recurrences.Name(e) : null);
        w.WriteBoolean("ongoingAfter", d.OngoingAfter);
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
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

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            // 80.0000 as stored is written 80: the value, not the column's scale.
            w.WriteNumber(name, v / 1.0000000000000000000000000000m);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}

using System.Globalization;
using SauRo.Data.Entities;

namespace SauRo.Features.Monitoring;

/// <summary>
/// A progress update as the rules accept it, checked the same way for the page and the API. The rules: a state is
/// chosen; percent done is a whole number from 0 to 100 and is 100 once done; a done task has a completion date, not
/// after today in Vietnam (a date given for a task not done is dropped); the evidence date is not after today either;
/// texts are bounded. Errors name the field ("completedOn") with a Vietnamese message.
/// </summary>
public sealed record TaskUpdateValues(
    TaskProgressState State,
    int PercentDone,
    DateOnly? CompletedOn,
    string? Result,
    string? EvidenceNumber,
    DateOnly? EvidenceDate,
    string? Difficulties,
    string? Proposals)
{
    public const int MaxTextLength = 4000;

    public const int MaxEvidenceNumberLength = 100;

    /// <summary>What was sent, before the rules (dates already read).</summary>
    public sealed record Raw(
        TaskProgressState? State,
        int? PercentDone,
        DateOnly? CompletedOn,
        string? Result,
        string? EvidenceNumber,
        DateOnly? EvidenceDate,
        string? Difficulties,
        string? Proposals);

    /// <summary>The accepted update, or null after reporting each problem to <paramref name="error"/> (field, message).</summary>
    public static TaskUpdateValues? Check(Raw raw, DateOnly today, Action<string, string> error)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(error);
        var ok = true;
        void Fail(string field, string message)
        {
            ok = false;
            error(field, message);
        }

        if (raw.State is null)
        {
            Fail("state", "Hãy chọn tình trạng thực hiện: Chưa thực hiện, Đang thực hiện hoặc Đã hoàn thành.");
        }

        var done = raw.State == TaskProgressState.Done;
        var percent = done ? 100 : raw.PercentDone ?? (raw.State == TaskProgressState.NotStarted ? 0 : null);
        if (percent is not (>= 0 and <= 100))
        {
            Fail("percentDone", "Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.");
        }

        DateOnly? completed = null;
        if (done)
        {
            if (raw.CompletedOn is not { } on)
            {
                Fail("completedOn", "Đã hoàn thành thì hãy nhập ngày hoàn thành (dd/MM/yyyy).");
            }
            else if (on > today)
            {
                Fail("completedOn", $"Ngày hoàn thành không được sau hôm nay ({Fmt(today)}).");
            }
            else
            {
                completed = on;
            }
        }

        if (raw.EvidenceDate is { } evidence && evidence > today)
        {
            Fail("evidenceDate", $"Ngày văn bản không được sau hôm nay ({Fmt(today)}).");
        }

        var result = Text("result", raw.Result, "Kết quả", MaxTextLength, Fail);
        var number = Text("evidenceNumber", raw.EvidenceNumber, "Số văn bản", MaxEvidenceNumberLength, Fail);
        var difficulties = Text("difficulties", raw.Difficulties, "Khó khăn, vướng mắc", MaxTextLength, Fail);
        var proposals = Text("proposals", raw.Proposals, "Kiến nghị, đề xuất", MaxTextLength, Fail);
        return ok ? new TaskUpdateValues(raw.State!.Value, percent!.Value, completed, result, number, raw.EvidenceDate, difficulties, proposals) : null;
    }

    public void ApplyTo(TaskUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        update.State = State;
        update.PercentDone = PercentDone;
        update.CompletedOn = CompletedOn;
        update.Result = Result;
        update.EvidenceNumber = EvidenceNumber;
        update.EvidenceDate = EvidenceDate;
        update.Difficulties = Difficulties;
        update.Proposals = Proposals;
    }

    /// <summary>A day typed as dd/MM/yyyy (or d/M/yyyy); null when empty or not such a day.</summary>
    public static DateOnly? ParseDay(string? text, out bool invalid)
    {
        var t = text?.Trim() ?? string.Empty;
        invalid = false;
        if (t.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(t, ["d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        invalid = true;
        return null;
    }

    public static string Fmt(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Trimmed multi-line text with Unix line ends, null when empty; an error when too long.</summary>
    private static string? Text(string field, string? value, string label, int max, Action<string, string> fail)
    {
        var t = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(t))
        {
            return null;
        }

        if (t.Length > max)
        {
            fail(field, $"{label} dài quá {max.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} ký tự.");
            return null;
        }

        return t;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using SauRo.Core.Text;

namespace SauRo.Core.Plans;

/// <summary>
/// Reads a task's deadline cell (thời hạn) into a <see cref="Deadline"/>: a date, a month, a quarter, a window,
/// a recurring duty, an ongoing duty from a start, an event-driven duty, or — when the text is not understood or
/// names an impossible day — <see cref="DeadlineKind.Unknown"/> with a short Vietnamese reason. It never guesses
/// and never throws.
/// </summary>
/// <remarks>
/// Matching works on the folded text (<see cref="VietnameseText.Fold(string?)"/>: lower case, no diacritics,
/// đ → d, whitespace collapsed), so "Quý", "quí" and "QUÝ" read alike. How the pieces combine:
/// <list type="bullet">
/// <item>the earliest time expression in the text is the deadline ("anchor"); at the same position the longer
/// one wins, so "Tháng 10-12/2026" is a window and not month 10;</item>
/// <item>an event phrase ("khi có yêu cầu") or a recurrence ("thường xuyên", "hằng quý") written before any
/// anchor decides the kind; written after it, a recurrence only marks the deadline as ongoing afterwards;</item>
/// <item>"từ" / "bắt đầu từ" before a single day, month, quarter or year makes it an ongoing duty from there;</item>
/// <item>a day, month or quarter without a year takes the nearest year written beside it, else the plan's year;
/// with "hằng năm" it is a yearly duty instead;</item>
/// <item>a day that follows a document number ("Kế hoạch số 12/KH-UBND ngày 5/3/2026") is not a deadline.</item>
/// </list>
/// </remarks>
public static partial class DeadlineParser
{
    // Untrusted input: only the first ~500 characters of the folded text are matched (a deadline is stated at the
    // start of its cell; what follows is explanation), so the cost stays linear in the text length — one pass to
    // clean it for Deadline.Text — and every regular expression runs on a bounded string.
    private const int MaxFoldedLength = 500;
    private const int FoldWindow = MaxFoldedLength + 100;
    private const int PrefixWindow = 32;
    private const int MaxDates = 32;
    private const int MinYear = 1900;
    private const int MaxYear = 2200;

    private const string ProblemEmpty = "không có thời hạn";
    private const string ProblemUnrecognized = "không nhận ra dạng thời hạn";
    private const string ProblemNoYear = "không nêu năm";
    private const string ProblemReversed = "thời hạn kết thúc trước khi bắt đầu";
    private const string ProblemAfterOnly = "chỉ nêu mốc «sau …», không rõ hạn chót";

    private enum Form
    {
        DateWindow,
        MonthWindow,
        QuarterWindow,
        YearRange,
        Half,
        Date,
        Month,
        Quarter,
        Year,
    }

    private enum YearState
    {
        Absent,
        Written,
        Bad,
    }

    /// <summary>Reads a deadline cell.</summary>
    /// <param name="text">The cell text, as written (may hold line breaks and trailing explanation).</param>
    /// <param name="planYear">
    /// The plan's year (from its date or title), used for texts that name no year ("Trong tháng 5", "Quý II",
    /// "Trước 30/6"); null when unknown.
    /// </param>
    public static Deadline Parse(string? text, int? planYear)
    {
        var cleaned = SafeClean(text);
        if (cleaned.Length == 0)
        {
            return Deadline.Unknown(cleaned, ProblemEmpty);
        }

        var folded = FoldPrefix(cleaned);
        if (folded.Length == 0)
        {
            return Deadline.Unknown(cleaned, ProblemUnrecognized);
        }

        int? year = planYear is >= MinYear and <= MaxYear ? planYear : null;
        return Parse(cleaned, folded, year);
    }

    private static Deadline Parse(string text, string f, int? planYear)
    {
        var hits = CollectDates(f, planYear);
        var recurrence = ScanRecurrence(f);
        var ev = EventRegex().Match(f);
        var eventIndex = ev.Success ? ev.Index : -1;

        var found = FindAnchor(f, hits, out var anchor);
        var anchorIndex = found ? anchor.Index : int.MaxValue;

        if (eventIndex >= 0 && eventIndex < anchorIndex && (recurrence.Index < 0 || eventIndex <= recurrence.Index))
        {
            return new Deadline(text, DeadlineKind.Event);
        }

        var single = found && anchor.Form is Form.Date or Form.Month or Form.Quarter or Form.Year or Form.Half;
        var from = single && FromPrefixRegex().IsMatch(Tail(f, anchor.Index));
        if (recurrence.Index >= 0 && recurrence.Index < anchorIndex && !from)
        {
            return Recurring(text, recurrence.Every);
        }

        if (!found)
        {
            return Deadline.Unknown(text, ProblemUnrecognized);
        }

        var ongoing = OngoingRegex().Match(f, Math.Min(f.Length, anchor.Index + anchor.Length));
        var cut = ongoing.Success ? ongoing.Index : f.Length;
        var reading = Read(anchor, hits, planYear, cut);
        if (reading.Problem is not null)
        {
            return Deadline.Unknown(text, reading.Problem);
        }

        foreach (var hit in hits)
        {
            if (!hit.Reference && hit.Problem is not null)
            {
                return Deadline.Unknown(text, hit.Problem);
            }
        }

        if (reading.Yearless && recurrence.Yearly)
        {
            // "Trước 15/12 hằng năm", "Quý IV hằng năm": the same day every year.
            return Recurring(text, recurrence.Every);
        }

        if (reading.NeedsYear)
        {
            return Deadline.Unknown(text, ProblemNoYear);
        }

        if (single && AfterPrefixRegex().IsMatch(Tail(f, anchor.Index)))
        {
            return Deadline.Unknown(text, ProblemAfterOnly);
        }

        if (anchor.Form == Form.Date)
        {
            return DateDeadline(text, reading, from, ongoing.Success);
        }

        if (from)
        {
            return new Deadline(text, DeadlineKind.From, reading.Start);
        }

        return new Deadline(text, reading.Kind, reading.Start, reading.End) { OngoingAfter = ongoing.Success };
    }

    private static Deadline DateDeadline(string text, Reading reading, bool from, bool ongoingAfter)
    {
        var dates = reading.Dates;
        var first = dates[0];
        if (from)
        {
            if (dates.Length == 1)
            {
                return new Deadline(text, DeadlineKind.From, first);
            }

            // "Từ 10/4/2026 …, hoàn thành trước 30/6/2026": a window from the first day to the latest other one.
            var last = Max(dates.AsSpan(1));
            if (last < first)
            {
                return Deadline.Unknown(text, ProblemReversed);
            }

            return new Deadline(text, DeadlineKind.Window, first, last)
            {
                Milestones = Earlier(dates.AsSpan(1), last),
                OngoingAfter = ongoingAfter,
            };
        }

        var end = Max(dates);
        return new Deadline(text, DeadlineKind.Date, null, end)
        {
            Milestones = Earlier(dates, end),
            OngoingAfter = ongoingAfter,
        };
    }

    private static Deadline Recurring(string text, Recurrence? every) =>
        new(text, DeadlineKind.Recurring) { Every = every };

    private static DateOnly Max(ReadOnlySpan<DateOnly> dates)
    {
        var max = dates[0];
        foreach (var d in dates)
        {
            if (d > max)
            {
                max = d;
            }
        }

        return max;
    }

    /// <summary>The distinct dates before <paramref name="end"/>, in order.</summary>
    private static DateOnly[] Earlier(ReadOnlySpan<DateOnly> dates, DateOnly end)
    {
        var list = new List<DateOnly>(dates.Length);
        foreach (var d in dates)
        {
            if (d < end && !list.Contains(d))
            {
                list.Add(d);
            }
        }

        list.Sort();
        return [.. list];
    }

    // ---- text preparation ----

    private static string SafeClean(string? text)
    {
        try
        {
            return VietnameseText.Clean(text);
        }
        catch (ArgumentException)
        {
            // Normalisation rejects ill-formed UTF-16 (lone surrogates): keep the text as written.
            return VietnameseText.CollapseWhitespace(text ?? string.Empty);
        }
    }

    private static string FoldPrefix(string cleaned)
    {
        // cleaned has no whitespace runs, and folding never lengthens text, so a window a little longer than
        // MaxFoldedLength is enough.
        var truncated = cleaned.Length > FoldWindow;
        var folded = VietnameseText.Fold(truncated ? cleaned[..FoldWindow] : cleaned);
        if (folded.Length > MaxFoldedLength)
        {
            folded = folded[..MaxFoldedLength];
            truncated = true;
        }

        if (truncated)
        {
            // Never read half a number ("30/4/20|26"): drop the last, possibly cut, word.
            var space = folded.LastIndexOf(' ');
            if (space > 0)
            {
                folded = folded[..space];
            }
        }

        return folded;
    }

    private static ReadOnlySpan<char> Tail(string f, int index)
    {
        var start = Math.Max(0, index - PrefixWindow);
        return f.AsSpan(start, index - start);
    }

    // ---- recurrence ----

    private readonly record struct RecurrenceScan(int Index, Recurrence? Every, bool Yearly);

    private static RecurrenceScan ScanRecurrence(string f)
    {
        var index = -1;
        Recurrence? every = null;
        var periodFound = false;
        var yearly = false;
        for (var m = RecurrenceRegex().Match(f); m.Success; m = m.NextMatch())
        {
            if (index < 0)
            {
                index = m.Index;
            }

            Recurrence? period = m.Groups["half"].Success ? Recurrence.HalfYear
                : m.Groups["quarter"].Success ? Recurrence.Quarter
                : m.Groups["year"].Success ? Recurrence.Year
                : m.Groups["month"].Success ? Recurrence.Month
                : null;
            var isPeriod = period is not null || m.Groups["week"].Success;
            if (isPeriod && !periodFound)
            {
                // The first period named wins ("Thường xuyên, hằng năm" → yearly); weekly and daily have no value.
                every = period;
                periodFound = true;
            }

            yearly |= period == Recurrence.Year;
        }

        return new RecurrenceScan(index, every, yearly);
    }

    // ---- dates ----

    private sealed class DateHit
    {
        public int Index { get; init; }

        public int End { get; init; }

        public int Day { get; init; }

        public int Month { get; init; }

        /// <summary>0 while unknown.</summary>
        public int Year { get; set; }

        /// <summary>The year is written next to the day.</summary>
        public bool Written { get; set; }

        /// <summary>The date of a cited document, not a deadline.</summary>
        public bool Reference { get; init; }

        public string? Problem { get; set; }

        public DateOnly Value => new(Year, Month, Day);
    }

    private static List<DateHit> CollectDates(string f, int? planYear)
    {
        var hits = new List<DateHit>();
        for (var m = DateRegex().Match(f); m.Success && hits.Count < MaxDates; m = m.NextMatch())
        {
            var yearGroup = m.Groups["y"];
            var tail = Tail(f, m.Index);
            if (!yearGroup.Success && NotDatePrefixRegex().IsMatch(tail))
            {
                continue; // "tháng 4/5", "số 30/6": not a day.
            }

            var hit = new DateHit
            {
                Index = m.Index,
                End = m.Index + m.Length,
                Day = Small(m.Groups["d"]),
                Month = Small(m.Groups["m"]),
                Reference = ReferencePrefixRegex().IsMatch(tail),
            };

            if (yearGroup.Success)
            {
                if (TryYear(yearGroup.ValueSpan, allowTwoDigits: true, out var year))
                {
                    hit.Year = year;
                    hit.Written = true;
                    hit.Problem = DayProblem(hit.Day, hit.Month, year);
                }
                else
                {
                    hit.Problem = YearProblem(yearGroup.ValueSpan);
                }
            }
            else if (hit.Month is < 1 or > 12 || hit.Day < 1 || hit.Day > DateTime.DaysInMonth(2000, hit.Month))
            {
                hit.Problem = string.Create(CultureInfo.InvariantCulture, $"ngày {hit.Day}/{hit.Month} không có thật");
            }

            hits.Add(hit);
        }

        // A day written without a year takes the nearest year written beside it ("đợt 1 trước 30/4/2026;
        // đợt 2 trước 30/9", "từ 1/4 đến 30/6/2026"), else the plan's year.
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Written || hit.Reference || hit.Problem is not null)
            {
                continue;
            }

            if ((WrittenYear(hits, i, -1) ?? WrittenYear(hits, i, 1) ?? planYear) is { } year)
            {
                hit.Year = year;
                hit.Problem = DayProblem(hit.Day, hit.Month, year);
            }
        }

        return hits;
    }

    private static int? WrittenYear(List<DateHit> hits, int from, int step)
    {
        for (var i = from + step; i >= 0 && i < hits.Count; i += step)
        {
            var h = hits[i];
            if (h.Written && !h.Reference && h.Problem is null)
            {
                return h.Year;
            }
        }

        return null;
    }

    // ---- anchors ----

    private readonly record struct Anchor(Form Form, int Index, int Length, Match? Match, int DateIndex);

    private static bool FindAnchor(string f, List<DateHit> hits, out Anchor anchor)
    {
        Anchor best = default;
        var found = false;

        void Offer(Form form, int index, int length, Match? match, int dateIndex)
        {
            if (!found || index < best.Index || (index == best.Index && length > best.Length))
            {
                best = new Anchor(form, index, length, match, dateIndex);
                found = true;
            }
        }

        void OfferMatch(Form form, Match m)
        {
            if (m.Success)
            {
                Offer(form, m.Index, m.Length, m, -1);
            }
        }

        // Offered from the most to the least specific: at the same position and length the first one stays.
        for (var i = 0; i + 1 < hits.Count; i++)
        {
            var (a, b) = (hits[i], hits[i + 1]);
            if (!a.Reference && !b.Reference && DateGapRegex().IsMatch(f.AsSpan(a.End, b.Index - a.End)))
            {
                Offer(Form.DateWindow, a.Index, b.End - a.Index, null, i);
                break;
            }
        }

        OfferMatch(Form.MonthWindow, MonthWindowRegex().Match(f));
        OfferMatch(Form.QuarterWindow, QuarterWindowRegex().Match(f));
        OfferMatch(Form.YearRange, YearRangeRegex().Match(f));
        OfferMatch(Form.Half, HalfRegex().Match(f));

        for (var i = 0; i < hits.Count; i++)
        {
            if (!hits[i].Reference)
            {
                Offer(Form.Date, hits[i].Index, hits[i].End - hits[i].Index, null, i);
                break;
            }
        }

        OfferMatch(Form.Month, MonthRegex().Match(f));
        OfferMatch(Form.Quarter, QuarterRegex().Match(f));
        OfferMatch(Form.Year, YearRegex().Match(f));
        anchor = best;
        return found;
    }

    /// <summary>What an anchor means. <see cref="Dates"/> is set for <see cref="Form.Date"/> only.</summary>
    private readonly record struct Reading(DeadlineKind Kind, DateOnly? Start, DateOnly? End)
    {
        public bool Yearless { get; init; }

        public bool NeedsYear { get; init; }

        public string? Problem { get; init; }

        public DateOnly[] Dates { get; init; } = [];

        public static Reading Fail(string problem) => new(DeadlineKind.Unknown, null, null) { Problem = problem };

        public static Reading MissingYear() =>
            new(DeadlineKind.Unknown, null, null) { Yearless = true, NeedsYear = true };
    }

    private static Reading Read(Anchor a, List<DateHit> hits, int? planYear, int cut) => a.Form switch
    {
        Form.DateWindow => ReadDateWindow(hits[a.DateIndex], hits[a.DateIndex + 1]),
        Form.Date => ReadDates(hits, a.DateIndex, cut),
        Form.MonthWindow => ReadMonthWindow(a.Match!, planYear),
        Form.QuarterWindow => ReadQuarterWindow(a.Match!, planYear),
        Form.YearRange => ReadYearRange(a.Match!),
        Form.Half => ReadHalf(a.Match!, planYear),
        Form.Month => ReadMonth(a.Match!, planYear),
        Form.Quarter => ReadQuarter(a.Match!, planYear),
        Form.Year => ReadYear(a.Match!),
        _ => Reading.Fail(ProblemUnrecognized),
    };

    private static Reading ReadDates(List<DateHit> hits, int first, int cut)
    {
        // The anchor day and the days after it, up to where the text turns to an ongoing duty.
        var dates = new List<DateOnly>();
        var written = false;
        for (var i = first; i < hits.Count; i++)
        {
            var h = hits[i];
            if (h.Reference)
            {
                continue;
            }

            if (i > first && h.Index >= cut)
            {
                break;
            }

            if (h.Problem is not null)
            {
                return Reading.Fail(h.Problem);
            }

            if (h.Year == 0)
            {
                return Reading.MissingYear();
            }

            written |= h.Written;
            dates.Add(h.Value);
        }

        return new Reading(DeadlineKind.Date, dates[0], dates[0]) { Dates = [.. dates], Yearless = !written };
    }

    private static Reading ReadDateWindow(DateHit a, DateHit b)
    {
        if ((a.Problem ?? b.Problem) is { } problem)
        {
            return Reading.Fail(problem);
        }

        if (a.Year == 0 || b.Year == 0)
        {
            return Reading.MissingYear();
        }

        var start = a.Value;
        var end = b.Value;
        if (end < start && !a.Written && b.Written)
        {
            // "Từ 1/12 đến 31/1/2027": the start is in the year before.
            if (DayProblem(a.Day, a.Month, b.Year - 1) is { } p)
            {
                return Reading.Fail(p);
            }

            start = new DateOnly(b.Year - 1, a.Month, a.Day);
        }

        return end < start
            ? Reading.Fail(ProblemReversed)
            : new Reading(DeadlineKind.Window, start, end) { Yearless = !a.Written && !b.Written };
    }

    private static Reading ReadMonth(Match m, int? planYear)
    {
        var month = Small(m.Groups["m"]);
        if (month is < 1 or > 12)
        {
            return Reading.Fail(MonthProblem(month));
        }

        switch (ReadYearGroup(m.Groups["y"], allowTwoDigits: true, out var year, out var problem))
        {
            case YearState.Bad:
                return Reading.Fail(problem!);
            case YearState.Absent when planYear is null:
                return Reading.MissingYear();
            case YearState.Absent:
                year = planYear.Value;
                break;
        }

        return new Reading(DeadlineKind.Month, FirstOfMonth(year, month), LastOfMonth(year, month))
        {
            Yearless = !m.Groups["y"].Success,
        };
    }

    private static Reading ReadQuarter(Match m, int? planYear)
    {
        var quarter = QuarterNumber(m.Groups["q"].ValueSpan);
        if (quarter == 0)
        {
            return Reading.Fail(QuarterProblem(m.Groups["q"].Value));
        }

        switch (ReadYearGroup(m.Groups["y"], allowTwoDigits: true, out var year, out var problem))
        {
            case YearState.Bad:
                return Reading.Fail(problem!);
            case YearState.Absent when planYear is null:
                return Reading.MissingYear();
            case YearState.Absent:
                year = planYear.Value;
                break;
        }

        return new Reading(DeadlineKind.Quarter, FirstOfQuarter(year, quarter), LastOfQuarter(year, quarter))
        {
            Yearless = !m.Groups["y"].Success,
        };
    }

    private static Reading ReadMonthWindow(Match m, int? planYear)
    {
        var m1 = Small(m.Groups["m1"]);
        var m2 = Small(m.Groups["m2"]);
        if (m1 is < 1 or > 12 || m2 is < 1 or > 12)
        {
            return Reading.Fail(MonthProblem(m1 is < 1 or > 12 ? m1 : m2));
        }

        var years = ReadYearPair(m.Groups["y1"], m.Groups["y2"], m1 > m2, planYear);
        if (years.Problem is not null || years.NeedsYear)
        {
            return years;
        }

        return Window(FirstOfMonth(years.Start!.Value.Year, m1), LastOfMonth(years.End!.Value.Year, m2), years.Yearless);
    }

    private static Reading ReadQuarterWindow(Match m, int? planYear)
    {
        var q1 = QuarterNumber(m.Groups["q1"].ValueSpan);
        var q2 = QuarterNumber(m.Groups["q2"].ValueSpan);
        if (q1 == 0 || q2 == 0)
        {
            return Reading.Fail(QuarterProblem(m.Groups[q1 == 0 ? "q1" : "q2"].Value));
        }

        var years = ReadYearPair(m.Groups["y1"], m.Groups["y2"], q1 > q2, planYear);
        if (years.Problem is not null || years.NeedsYear)
        {
            return years;
        }

        return Window(FirstOfQuarter(years.Start!.Value.Year, q1), LastOfQuarter(years.End!.Value.Year, q2), years.Yearless);
    }

    /// <summary>
    /// The years of a two-ended window whose ends may each lack one ("tháng 10-12/2026", "tháng 11/2026 - 2/2027"),
    /// returned as the years of Start and End.
    /// </summary>
    private static Reading ReadYearPair(Group g1, Group g2, bool wraps, int? planYear)
    {
        var s1 = ReadYearGroup(g1, allowTwoDigits: true, out var y1, out var p1);
        var s2 = ReadYearGroup(g2, allowTwoDigits: true, out var y2, out var p2);
        if (s1 == YearState.Bad || s2 == YearState.Bad)
        {
            return Reading.Fail((p1 ?? p2)!);
        }

        var yearless = false;
        switch (s1, s2)
        {
            case (YearState.Absent, YearState.Absent):
                if (planYear is null)
                {
                    return Reading.MissingYear();
                }

                y1 = y2 = planYear.Value;
                yearless = true;
                break;
            case (YearState.Absent, _):
                y1 = wraps ? y2 - 1 : y2;
                break;
            case (_, YearState.Absent):
                y2 = wraps ? y1 + 1 : y1;
                break;
        }

        return new Reading(DeadlineKind.Window, new DateOnly(y1, 1, 1), new DateOnly(y2, 1, 1)) { Yearless = yearless };
    }

    private static Reading ReadYearRange(Match m)
    {
        if (!TryYear(m.Groups["y1"].ValueSpan, allowTwoDigits: false, out var y1))
        {
            return Reading.Fail(YearProblem(m.Groups["y1"].ValueSpan));
        }

        if (!TryYear(m.Groups["y2"].ValueSpan, allowTwoDigits: false, out var y2))
        {
            return Reading.Fail(YearProblem(m.Groups["y2"].ValueSpan));
        }

        return Window(new DateOnly(y1, 1, 1), new DateOnly(y2, 12, 31), yearless: false);
    }

    private static Reading ReadHalf(Match m, int? planYear)
    {
        switch (ReadYearGroup(m.Groups["y"], allowTwoDigits: false, out var year, out var problem))
        {
            case YearState.Bad:
                return Reading.Fail(problem!);
            case YearState.Absent when planYear is null:
                return Reading.MissingYear();
            case YearState.Absent:
                year = planYear.Value;
                break;
        }

        var firstHalf = m.Groups["h"].ValueSpan.SequenceEqual("dau");
        return firstHalf
            ? Window(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30), !m.Groups["y"].Success)
            : Window(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31), !m.Groups["y"].Success);
    }

    private static Reading ReadYear(Match m)
    {
        var digits = m.Groups["y"].ValueSpan;
        return TryYear(digits, allowTwoDigits: false, out var year)
            ? Window(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), yearless: false)
            : Reading.Fail(YearProblem(digits));
    }

    private static Reading Window(DateOnly start, DateOnly end, bool yearless) =>
        end < start
            ? Reading.Fail(ProblemReversed)
            : new Reading(DeadlineKind.Window, start, end) { Yearless = yearless };

    // ---- numbers and calendar ----

    private static int Small(Group g) =>
        g.Success && g.Length <= 4 && int.TryParse(g.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : 0;

    private static YearState ReadYearGroup(Group g, bool allowTwoDigits, out int year, out string? problem)
    {
        problem = null;
        year = 0;
        if (!g.Success)
        {
            return YearState.Absent;
        }

        if (TryYear(g.ValueSpan, allowTwoDigits, out year))
        {
            return YearState.Written;
        }

        problem = YearProblem(g.ValueSpan);
        return YearState.Bad;
    }

    /// <summary>A four-digit year in 1900–2200, or (for days and months) two digits meaning 20xx.</summary>
    private static bool TryYear(ReadOnlySpan<char> digits, bool allowTwoDigits, out int year)
    {
        year = 0;
        if (!(digits.Length == 4 || (allowTwoDigits && digits.Length == 2))
            || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        year = digits.Length == 2 ? 2000 + value : value;
        return year is >= MinYear and <= MaxYear;
    }

    private static int QuarterNumber(ReadOnlySpan<char> token) => token switch
    {
        "i" or "1" or "01" => 1,
        "ii" or "2" or "02" => 2,
        "iii" or "3" or "03" => 3,
        "iv" or "4" or "04" => 4,
        _ => 0,
    };

    private static DateOnly FirstOfMonth(int year, int month) => new(year, month, 1);

    private static DateOnly LastOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static DateOnly FirstOfQuarter(int year, int quarter) => FirstOfMonth(year, (quarter * 3) - 2);

    private static DateOnly LastOfQuarter(int year, int quarter) => LastOfMonth(year, quarter * 3);

    private static string? DayProblem(int day, int month, int year) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"ngày {day}/{month}/{year} không có thật");

    private static string MonthProblem(int month) =>
        string.Create(CultureInfo.InvariantCulture, $"tháng {month} không có thật");

    private static string QuarterProblem(string token) =>
        string.Create(CultureInfo.InvariantCulture, $"quý {token.ToUpperInvariant()} không có thật");

    private static string YearProblem(ReadOnlySpan<char> digits)
    {
        var shown = digits.Length > 8 ? string.Concat(digits[..8], "…") : digits.ToString();
        return string.Create(CultureInfo.InvariantCulture, $"năm {shown} không hợp lệ");
    }

    // ---- patterns (on folded text: lower case ASCII letters, no diacritics) ----

    // A year after a month or quarter: "/2026", "/26", " năm 2026", ", năm 2026", " - 2026", ", 2026", " 2026".
    private const string YearAfter =
        @"(?: ?/ ?(?<y>[0-9]+)|(?: ?- ?|, ?| )(?<y>[0-9]{4,})|,? nam (?<y>[0-9]+))?(?![0-9])";

    private const string Dash = @"-|–|—";

    /// <summary>
    /// A day: "ngày 30 tháng 4 năm 2026", "2026-04-30", "30/4/2026", "30 / 4 / 26", "30.4.2026", "30-4-2026",
    /// "30/6" (no year).
    /// </summary>
    [GeneratedRegex(
        @"\bngay (?<d>[0-9]{1,2}) thang (?<m>[0-9]{1,2})(?:(?: ?/ ?|,? nam )(?<y>[0-9]+))?(?![0-9])"
        + @"|(?<![0-9/.])(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?![0-9])"
        + @"|(?<![0-9/.])(?<d>[0-9]{1,2}) ?/ ?(?<m>[0-9]{1,2}) ?/ ?(?<y>[0-9]+)(?![0-9])"
        + @"|(?<![0-9/.])(?<d>[0-9]{1,2})(?<s>[.\-])(?<m>[0-9]{1,2})\k<s>(?<y>[0-9]{4}|[0-9]{2})(?![0-9])"
        + @"|(?<![0-9a-z/.])(?<d>[0-9]{1,2}) ?/ ?(?<m>[0-9]{1,2})(?![0-9]| ?/ ?[0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex DateRegex();

    /// <summary>Between two days of a window: "-", "đến", "đến hết ngày", "tới".</summary>
    [GeneratedRegex(@"^ ?(?:" + Dash + @"|(?:den|toi)(?: het)?(?: ngay)?) ?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateGapRegex();

    /// <summary>"Tháng 4/2026", "tháng 04/2026", "Tháng 4 năm 2026", "Trong tháng 5", "T4/2026".</summary>
    [GeneratedRegex(@"\b(?:thang |t)(?<m>[0-9]{1,2})" + YearAfter, RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex MonthRegex();

    /// <summary>
    /// "Tháng 10-12/2026", "Tháng 10 - tháng 12/2026", "Từ tháng 4 đến tháng 6/2026", "tháng 4/2026 đến tháng 6/2026".
    /// A bare second number must be followed by a year or end the phrase, so "tháng 4 - 6 tháng …" is no window.
    /// </summary>
    [GeneratedRegex(
        @"\b(?:thang |t)(?<m1>[0-9]{1,2})(?: ?/ ?(?<y1>[0-9]+)|,? nam (?<y1>[0-9]+))? ?(?:" + Dash + @"|den(?: het)?|toi) ?"
        + @"(?:(?:thang |t)(?<m2>[0-9]{1,2})|(?<m2>[0-9]{1,2})(?= ?/ ?[0-9]|,? nam [0-9]| ?[,.;:)]| ?\z))"
        + @"(?: ?/ ?(?<y2>[0-9]+)|,? nam (?<y2>[0-9]+))?(?![0-9/])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex MonthWindowRegex();

    /// <summary>"Quý II năm 2026", "Quý III/2026", "Quý 3/2026", "quý IV", "Quý I, năm 2026".</summary>
    [GeneratedRegex(@"\bqu[yi] (?<q>[ivx]+|[0-9]{1,2})(?![a-z0-9])" + YearAfter, RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterRegex();

    /// <summary>
    /// "Từ quý II đến quý III năm 2026", "Quý II-III/2026", "Quý II, III/2026", "Quý II và quý III năm 2026".
    /// Without "quý", the second quarter must be a real Roman numeral (I–IV) or a digit followed by a year.
    /// </summary>
    [GeneratedRegex(
        @"\bqu[yi] (?<q1>[ivx]+|[0-9]{1,2})(?![a-z0-9])(?: ?/ ?(?<y1>[0-9]+)|,? nam (?<y1>[0-9]+))? ?(?:" + Dash + @"|den(?: het)?|toi|,|va|&) ?"
        + @"(?:qu[yi] (?<q2>[ivx]+|[0-9]{1,2})(?![a-z0-9])|(?<q2>iv|i{1,3})(?![a-z0-9])|(?<q2>[0-9])(?= ?/ ?[0-9]|,? nam [0-9]))"
        + @"(?: ?/ ?(?<y2>[0-9]+)|,? nam (?<y2>[0-9]+))?(?![0-9/])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterWindowRegex();

    /// <summary>"Giai đoạn 2026-2030", "2026 - 2030", "Từ năm 2026 đến năm 2030".</summary>
    [GeneratedRegex(
        @"(?:\bnam )?(?<![0-9/.\-])(?<y1>[0-9]{4}) ?(?:" + Dash + @"|den(?: het)?(?: nam)?|toi(?: nam)?) ?(?<y2>[0-9]{4})(?![0-9]|[/.\-][0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex YearRangeRegex();

    /// <summary>"6 tháng đầu năm 2026", "06 tháng cuối năm", "Nửa đầu năm 2026".</summary>
    [GeneratedRegex(
        @"\b(?:0?6|sau) thang (?<h>dau|cuoi) (?:cua )?nam(?:,? (?<y>[0-9]+))?(?![0-9])"
        + @"|\bnua (?<h>dau|cuoi) nam(?:,? (?<y>[0-9]+))?(?![0-9])",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex HalfRegex();

    /// <summary>"Năm 2026", "Trong năm 2026", "Cả năm 2026".</summary>
    [GeneratedRegex(@"\bnam (?<y>[0-9]+)(?![0-9])", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    /// <summary>Event-driven: "khi có (văn bản) yêu cầu", "theo yêu cầu", "theo chỉ đạo", "đột xuất", "khi phát sinh".</summary>
    [GeneratedRegex(
        @"\b(?:khi (?:co|duoc|nhan duoc)(?: [a-z]+){0,3} (?:yeu cau|chi dao|huong dan|de nghi)|khi co van ban"
        + @"|theo (?:yeu cau|chi dao)|dot xuat|khi phat sinh|khi can(?: thiet)?)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex EventRegex();

    /// <summary>Recurring or ongoing wording, with the period when it names one.</summary>
    [GeneratedRegex(
        @"\b(?:(?<half>(?:hang|moi|dinh ky) (?:0?6 thang|nua nam)|0?6 thang ?(?:/ ?|mot |1 )lan|nua nam ?(?:/ ?|mot |1 )lan)"
        + @"|(?<quarter>(?:hang|moi|dinh ky(?: hang)?) qu[yi]|qu[yi] ?(?:/ ?|mot |1 )lan|(?:hang|moi|dinh ky) 0?3 thang|0?3 thang ?(?:/ ?|mot |1 )lan)"
        + @"|(?<year>(?:hang|moi|dinh ky(?: hang)?) nam|nam ?(?:/ ?|mot |1 )lan)"
        + @"|(?<month>(?:hang|moi|dinh ky(?: hang)?) thang|thang ?(?:/ ?|mot |1 )lan)"
        + @"|(?<week>(?:hang|moi|dinh ky(?: hang)?) (?:tuan|ngay)|tuan ?(?:/ ?|mot |1 )lan)"
        + @"|thuong xuyen|lien tuc|dinh ky)\b",
        RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex RecurrenceRegex();

    /// <summary>After a deadline, the duty goes on: "Thường xuyên duy trì", "sau đó duy trì", "hằng quý".</summary>
    [GeneratedRegex(
        @"\b(?:thuong xuyen|lien tuc|dinh ky|(?:hang|moi) (?:nam|qu[yi]|thang|tuan|ngay)|sau do(?: tiep tuc)? duy tri"
        + @"|sau do tiep tuc|(?:cac|nhung) nam tiep theo)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex OngoingRegex();

    /// <summary>Text just before an anchor that makes it a start: "từ", "từ ngày", "bắt đầu từ", "kể từ".</summary>
    [GeneratedRegex(@"(?:^|[^a-z0-9])(?:bat dau(?: tu)?|ke tu|tu)(?: ngay)? ?\z", RegexOptions.CultureInvariant)]
    private static partial Regex FromPrefixRegex();

    /// <summary>Text just before an anchor that makes it only a lower bound: "sau", "sau ngày".</summary>
    [GeneratedRegex(@"(?:^|[^a-z0-9])sau(?: ngay)? ?\z", RegexOptions.CultureInvariant)]
    private static partial Regex AfterPrefixRegex();

    /// <summary>Before "4/5" without a year, these make it no day: "tháng 4/5", "quý 3/4", "số 30/6".</summary>
    [GeneratedRegex(@"(?:^|[^a-z0-9])(?:thang|qu[yi]|so|t) ?\z", RegexOptions.CultureInvariant)]
    private static partial Regex NotDatePrefixRegex();

    /// <summary>A document number just before a day: "số 12/KH-UBND ngày", "13-TB/CQTT, ngày".</summary>
    [GeneratedRegex(@"[0-9]+[/\-][a-z][a-z0-9/\-]*,?(?: ngay)? ?\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReferencePrefixRegex();
}

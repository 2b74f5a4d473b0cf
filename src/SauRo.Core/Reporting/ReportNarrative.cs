using SauRo.Core.Monitoring;

namespace SauRo.Core.Reporting;

/// <summary>
/// The Vietnamese narrative of a commune's periodic report, generated from its data:
/// <list type="number">
/// <item>an opening naming the plans, the data window and the day statuses are measured;</item>
/// <item>I. results: tasks by the four states with their shares of all tasks (and those due soon), indicators by
/// colour with the red ones named, the offices' reports of the period (submitted, on time, missing);</item>
/// <item>II. every overdue task by name, most days late first, with its office, deadline, days late and the reason the
/// office gave, or that it gave none;</item>
/// <item>III. the difficulties and the proposals the offices wrote in their updates of the period, per office;</item>
/// <item>IV. the tasks due up to the end of the next period (dated tasks not done and not overdue), earliest first,
/// and what else carries over (overdue, recurring).</item>
/// </list>
/// </summary>
public static class ReportNarrative
{
    /// <summary>Task contents longer than this are shortened in sentences (the appendix keeps them whole).</summary>
    public const int MaxTaskName = 240;

    public static IReadOnlyList<ReportParagraph> Commune(CommuneFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var p = new List<ReportParagraph>();
        var period = ReportWords.Period(facts.Period);
        var plans = facts.Plans.Count == 1
            ? ReportHeading.PlanName(facts.Plans[0].Title) + (facts.Plans[0].Number is { Length: > 0 } n ? $" (số {n})" : string.Empty)
            : $"{facts.Plans.Count} kế hoạch năm {facts.Period.Year}";
        Body(p, $"Thực hiện {plans}, Ban Chỉ đạo {ReportWords.LowerFirst(facts.CommuneName)} báo cáo kết quả thực hiện {period} "
            + $"(số liệu từ ngày {ReportWords.Date(facts.DataWindow.Start)} đến ngày {ReportWords.Date(facts.DataWindow.End)}; "
            + $"tình trạng nhiệm vụ tính đến ngày {ReportWords.Date(facts.Today)}) như sau:");

        Heading(p, "I. KẾT QUẢ THỰC HIỆN");
        Subheading(p, "1. Thực hiện nhiệm vụ");
        var counts = TaskCounts.From(facts.Tasks.Select(t => t.Status));
        p.AddRange(TaskTotals(counts, facts.DueSoonDays));

        Subheading(p, "2. Thực hiện chỉ tiêu");
        p.AddRange(Indicators(facts.Indicators, period));

        Subheading(p, "3. Chế độ báo cáo của các cơ quan, đơn vị");
        p.Add(Reports(facts, period));

        Heading(p, "II. NHIỆM VỤ QUÁ HẠN VÀ NGUYÊN NHÂN");
        var overdue = facts.Tasks.Where(t => t.Status == PlanTaskStatus.Overdue)
            .OrderByDescending(t => t.DaysLate ?? 0).ThenBy(t => t.DueDate).ToList();
        if (overdue.Count == 0)
        {
            Body(p, $"Tính đến ngày {ReportWords.Date(facts.Today)}, không có nhiệm vụ quá hạn chưa hoàn thành.");
        }
        else
        {
            Body(p, $"Tính đến ngày {ReportWords.Date(facts.Today)}, còn {overdue.Count} nhiệm vụ quá hạn chưa hoàn thành:");
            foreach (var task in overdue)
            {
                Bullet(p, OverdueLine(task, withCommune: false));
            }
        }

        Heading(p, "III. KHÓ KHĂN, VƯỚNG MẮC VÀ KIẾN NGHỊ, ĐỀ XUẤT");
        Subheading(p, "1. Khó khăn, vướng mắc");
        Notes(p, facts.Notes, n => n.Difficulties, $"Trong {period}, các cơ quan, đơn vị không phản ánh khó khăn, vướng mắc.");
        Subheading(p, "2. Kiến nghị, đề xuất");
        Notes(p, facts.Notes, n => n.Proposals, $"Trong {period}, các cơ quan, đơn vị không có kiến nghị, đề xuất.");

        var next = facts.Period.Next();
        var nextEnd = next.CalendarWindow().End;
        Heading(p, $"IV. NHIỆM VỤ TRỌNG TÂM {ReportWords.Upper(ReportWords.Period(next))}");
        var due = facts.Tasks
            .Where(t => t.Status is PlanTaskStatus.InProgress or PlanTaskStatus.DueSoon && t.Period is null && t.DueDate is { } d && d <= nextEnd)
            .OrderBy(t => t.DueDate).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
        if (due.Count == 0)
        {
            Body(p, $"Không có nhiệm vụ có thời hạn đến hết ngày {ReportWords.Date(nextEnd)} còn phải hoàn thành.");
        }
        else
        {
            Body(p, $"Các cơ quan, đơn vị tập trung hoàn thành {due.Count} nhiệm vụ đến hạn đến hết ngày {ReportWords.Date(nextEnd)}:");
            foreach (var task in due)
            {
                Bullet(p, $"{ReportWords.Shorten(task.Name, MaxTaskName)} ({task.Office} chủ trì; hạn {ReportWords.Date(task.DueDate!.Value)}).");
            }
        }

        var recurring = facts.Tasks.Count(t => t.Period is not null && !t.Status.IsDone());
        var carry = new List<string>();
        if (overdue.Count > 0)
        {
            carry.Add($"khẩn trương hoàn thành {overdue.Count} nhiệm vụ quá hạn nêu tại mục II");
        }

        if (recurring > 0)
        {
            carry.Add($"tiếp tục thực hiện và cập nhật kết quả {recurring} nhiệm vụ thường xuyên, định kỳ");
        }

        if (carry.Count > 0)
        {
            Body(p, "Đồng thời, " + string.Join("; ", carry) + ".");
        }

        return p;
    }

    /// <summary>"Tổng số 60 nhiệm vụ; hoàn thành đúng hạn 20 nhiệm vụ (33,3%); …" and, when some are due soon, a second sentence.</summary>
    public static IEnumerable<ReportParagraph> TaskTotals(TaskCounts counts, int dueSoonDays)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Total == 0)
        {
            yield return new(ParagraphKind.Body, "Các kế hoạch chưa có nhiệm vụ nào.");
            yield break;
        }

        string Part(PlanTaskStatus s) =>
            $"{ReportWords.LowerFirst(s.Label())} {ReportWords.Count(counts.Of(s))} nhiệm vụ ({ReportWords.Percent(ReportWords.Share(counts.Of(s), counts.Total))})";
        yield return new(ParagraphKind.Body,
            $"Tổng số {ReportWords.Count(counts.Total)} nhiệm vụ; trong đó: {Part(PlanTaskStatus.DoneOnTime)}; {Part(PlanTaskStatus.DoneLate)}; "
            + $"{Part(PlanTaskStatus.InProgress)}; {Part(PlanTaskStatus.Overdue)}.");
        if (counts.DueSoon > 0)
        {
            yield return new(ParagraphKind.Body,
                $"Trong số nhiệm vụ đang thực hiện, {ReportWords.Count(counts.DueSoon)} nhiệm vụ sắp đến hạn (trong {dueSoonDays} ngày tới).");
        }
    }

    /// <summary>"Tổng số 20 chỉ tiêu; xanh (…) 10 chỉ tiêu; …", then the red indicators by name with their value and target.</summary>
    public static IEnumerable<ReportParagraph> Indicators(IReadOnlyList<IndicatorFact> indicators, string period)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        if (indicators.Count == 0)
        {
            yield return new(ParagraphKind.Body, "Các kế hoạch không có chỉ tiêu để theo dõi.");
            yield break;
        }

        var c = ColourCounts.From(indicators.Select(i => i.Colour));
        yield return new(ParagraphKind.Body,
            $"Tổng số {ReportWords.Count(c.Total)} chỉ tiêu; đánh giá theo số liệu {period}: "
            + $"đạt hoặc đúng tiến độ (xanh) {c.Green} chỉ tiêu; chậm so với tiến độ (cam) {c.Orange} chỉ tiêu; "
            + $"có nguy cơ không đạt (đỏ) {c.Red} chỉ tiêu; chưa có số liệu để đánh giá {c.Grey} chỉ tiêu.");
        var red = indicators.Where(i => i.Colour == IndicatorColour.Red).ToList();
        if (red.Count > 0)
        {
            yield return new(ParagraphKind.Body, "Các chỉ tiêu có nguy cơ không đạt:");
            foreach (var i in red)
            {
                yield return new(ParagraphKind.Bullet, $"- {i.Name}: {(i.Value is null ? "chưa có số liệu kỳ này" : $"đạt {i.Value}")}, chỉ tiêu {i.Target}.");
            }
        }
    }

    /// <summary>One overdue task: "- Nội dung (Phòng X chủ trì; hạn 30/09/2026): quá hạn 36 ngày. Lý do: …".</summary>
    public static string OverdueLine(TaskFact task, bool withCommune)
    {
        ArgumentNullException.ThrowIfNull(task);
        var due = task.DueDate is { } d ? $"; hạn {ReportWords.Date(d)}" : string.Empty;
        var late = task.Period is { } p
            ? $"chưa cập nhật kết quả kỳ {ReportWords.Period(p)}, quá hạn {task.DaysLate ?? 0} ngày"
            : $"quá hạn {task.DaysLate ?? 0} ngày";
        var reason = string.IsNullOrWhiteSpace(task.Reason) ? "Cơ quan chủ trì chưa nêu lý do." : "Lý do: " + ReportWords.Sentence(task.Reason);
        var commune = withCommune && task.Commune is { } c ? $"{c}: " : string.Empty;
        return $"- {commune}{ReportWords.Shorten(task.Name, MaxTaskName)} ({task.Office} chủ trì{due}): {late}. {reason}";
    }

    /// <summary>The reports of the period: "Kỳ này có 5 báo cáo đến hạn; đã nộp 4 (80,0%), đúng hạn 3; chưa nộp: …".</summary>
    private static ReportParagraph Reports(CommuneFacts facts, string period)
    {
        var r = facts.Reports;
        var notYet = facts.ReportsNotYetDue > 0 ? $" Còn {facts.ReportsNotYetDue} báo cáo chưa đến hạn nộp." : string.Empty;
        if (r.Expected == 0)
        {
            return new(ParagraphKind.Body, facts.ReportsNotYetDue > 0
                ? $"Các báo cáo {period} chưa đến hạn nộp ({facts.ReportsNotYetDue} báo cáo)."
                : $"Kế hoạch không đặt chế độ báo cáo cho {period}.");
        }

        var missing = facts.MissingReports.Count > 0 ? $"; chưa nộp: {string.Join(", ", facts.MissingReports)}" : string.Empty;
        return new(ParagraphKind.Body,
            $"Báo cáo {period} đến hạn: {r.Expected} báo cáo; đã nộp {r.Submitted} báo cáo ({ReportWords.Percent(r.SubmittedRate)}), "
            + $"trong đó đúng hạn {r.OnTime} báo cáo ({ReportWords.Percent(r.OnTimeRate)}){missing}.{notYet}");
    }

    /// <summary>The offices' notes of one kind, one dash item per office with its distinct texts in the order written.</summary>
    private static void Notes(List<ReportParagraph> p, IReadOnlyList<OfficeNote> notes, Func<OfficeNote, string?> pick, string none)
    {
        var byOffice = notes
            .Select(n => (n.Office, Text: pick(n)?.Trim()))
            .Where(n => !string.IsNullOrEmpty(n.Text))
            .GroupBy(n => n.Office, StringComparer.Ordinal)
            .ToList();
        if (byOffice.Count == 0)
        {
            Body(p, none);
            return;
        }

        foreach (var office in byOffice)
        {
            var texts = office.Select(n => ReportWords.Sentence(n.Text!)).Distinct(StringComparer.Ordinal);
            Bullet(p, $"{office.Key}: {string.Join(" ", texts)}");
        }
    }

    internal static void Heading(List<ReportParagraph> p, string text) => p.Add(new(ParagraphKind.Heading, text));

    internal static void Subheading(List<ReportParagraph> p, string text) => p.Add(new(ParagraphKind.Subheading, text));

    internal static void Body(List<ReportParagraph> p, string text) => p.Add(new(ParagraphKind.Body, text));

    internal static void Bullet(List<ReportParagraph> p, string text) =>
        p.Add(new(ParagraphKind.Bullet, text.StartsWith("- ", StringComparison.Ordinal) ? text : "- " + text));
}

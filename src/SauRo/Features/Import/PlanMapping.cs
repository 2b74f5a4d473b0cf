using System.Globalization;
using SauRo.Core.Import;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data.Entities;

namespace SauRo.Features.Import;

/// <summary>
/// Between the parser's view of a plan and the stored one: building entities from parsed items, the fields compared
/// when a new version is imported, the deadline and 06-rõ of a stored task.
/// </summary>
public static class PlanMapping
{
    public static Plan NewPlan(int unitId, ParsedPlan parsed, DateTimeOffset now)
    {
        var plan = new Plan { UnitId = unitId, Title = string.Empty, SearchKey = string.Empty, CreatedAt = now, UpdatedAt = now };
        ApplyHeader(plan, parsed);
        return plan;
    }

    public static void ApplyHeader(Plan plan, ParsedPlan parsed)
    {
        var h = parsed.Header;
        plan.Number = h.Number;
        plan.NumberText = h.NumberText;
        plan.Place = h.Place;
        plan.IssuedOn = h.IssuedOn?.ToIso();
        plan.Issuer = h.Issuer;
        plan.Title = h.Title ?? h.NumberText ?? "Kế hoạch chưa có tiêu đề";
        plan.Signer = h.Signer;
        plan.SignerRole = h.SignerRole;
        plan.Year = h.Year;
        plan.DeclaredIndicators = h.DeclaredIndicators;
        plan.DeclaredTasks = h.DeclaredTasks;
        plan.SearchKey = PlanSearchKey(plan);
        plan.Bases.Clear();
        plan.Bases.AddRange(h.Bases.Select((b, i) => new PlanBasis { Position = i, Text = b }));
        ApplyDuties(plan, parsed.Reporting);
    }

    /// <summary>
    /// The document's reporting duties. A duty already stored with the same party and frequency is kept and updated
    /// (the reports filed under it stay attached to it); the others are added or removed.
    /// </summary>
    public static void ApplyDuties(Plan plan, IReadOnlyList<ReportingDuty> duties)
    {
        var kept = new List<PlanReportingDuty>();
        foreach (var r in duties)
        {
            var duty = plan.ReportingDuties.FirstOrDefault(d => !kept.Contains(d) && d.FromParty == r.From.ToString() && d.Frequency == r.Frequency.ToString())
                ?? new PlanReportingDuty { FromParty = r.From.ToString(), Frequency = r.Frequency.ToString(), Text = string.Empty };
            duty.ToText = r.To;
            duty.DueDay = r.DueDay;
            duty.DueMonth = r.DueMonth;
            duty.Text = r.Text;
            kept.Add(duty);
        }

        plan.ReportingDuties.RemoveAll(d => !kept.Contains(d));
        plan.ReportingDuties.AddRange(kept.Where(d => !plan.ReportingDuties.Contains(d)));
    }

    public static string PlanSearchKey(Plan plan) => VietnameseText.Fold($"{plan.Number} {plan.Title} {plan.Issuer}");

    public static Indicator NewIndicator(ParsedIndicator parsed, int position, Func<string, int?> office)
    {
        var indicator = new Indicator { Name = string.Empty, Comparator = string.Empty, Origin = string.Empty, SearchKey = string.Empty };
        ApplyIndicator(indicator, parsed, position, office);
        return indicator;
    }

    public static void ApplyIndicator(Indicator indicator, ParsedIndicator parsed, int position, Func<string, int?> office)
    {
        indicator.Position = position;
        indicator.Appendix = parsed.Appendix;
        indicator.GroupName = parsed.Group;
        indicator.Ordinal = parsed.Ordinal;
        indicator.Name = parsed.Name.Length > 0 ? parsed.Name : "(chưa có tên)";
        indicator.Unit = parsed.Target.Unit;
        indicator.Comparator = parsed.Target.Comparator.ToString();
        indicator.TargetValue = parsed.Target.Value;
        indicator.TargetText = parsed.Target.Text.Length > 0 ? parsed.Target.Text : null;
        indicator.Source = parsed.Source;
        indicator.Origin = parsed.Origin.ToString();
        indicator.Leads.Clear();
        indicator.Leads.AddRange(parsed.Lead.Select((name, i) => new IndicatorLead { Position = i, Name = name, UnitId = office(name) }));
        indicator.SearchKey = IndicatorSearchKey(indicator);
    }

    public static string IndicatorSearchKey(Indicator i) =>
        VietnameseText.Fold($"{i.Ordinal} {i.Name} {i.GroupName} {string.Join(' ', i.Leads.Select(l => l.Name))}");

    public static PlanTask NewTask(ParsedTask parsed, int position, Func<string, int?> office, DateTimeOffset now)
    {
        var task = new PlanTask { Content = string.Empty, DueText = string.Empty, DueKind = string.Empty, SearchKey = string.Empty, CreatedAt = now };
        ApplyTask(task, parsed, position, office, now);
        return task;
    }

    public static void ApplyTask(PlanTask task, ParsedTask parsed, int position, Func<string, int?> office, DateTimeOffset now)
    {
        task.Position = position;
        task.Appendix = parsed.Appendix;
        task.AppendixTitle = parsed.AppendixTitle;
        task.Section = parsed.Section;
        task.Ordinal = parsed.Ordinal;
        task.Content = parsed.Content;
        task.Accountable = parsed.Accountable;
        task.AccountableExpected = parsed.AccountableExpected;
        task.Product = parsed.Product;
        SetDue(task, parsed.Due);
        SetAdjustedDue(task, parsed.AdjustedDue);
        task.Units.Clear();
        task.Units.AddRange(parsed.Lead.Select((name, i) => new TaskUnit { Role = TaskUnitRole.Lead, Position = i, Name = name, UnitId = office(name) }));
        task.Units.AddRange(parsed.Cooperating.Select((name, i) => new TaskUnit { Role = TaskUnitRole.Cooperating, Position = i, Name = name, UnitId = office(name) }));
        task.Bases.Clear();
        task.Bases.AddRange(parsed.Basis.Select((b, i) => new TaskBasis { Position = i, Text = b }));
        task.UpdatedAt = now;
        task.SearchKey = TaskSearchKey(task);
    }

    public static void SetDue(PlanTask task, Deadline due)
    {
        task.DueText = due.Text;
        task.DueKind = due.Kind.ToString();
        task.DueStart = due.Start;
        task.DueEnd = due.End;
        task.DueEvery = due.Every?.ToString();
        task.DueOngoingAfter = due.OngoingAfter;
    }

    public static void SetAdjustedDue(PlanTask task, Deadline? due)
    {
        task.AdjustedDueText = due?.Text;
        task.AdjustedDueKind = due?.Kind.ToString();
        task.AdjustedDueStart = due?.Start;
        task.AdjustedDueEnd = due?.End;
    }

    public static string TaskSearchKey(PlanTask t) => VietnameseText.Fold(
        $"{t.Ordinal} {t.Content} {t.Section} {t.Product} {t.Accountable} {string.Join(' ', t.Units.Select(u => u.Name))}");

    /// <summary>The stored deadline as the domain type.</summary>
    public static Deadline Due(PlanTask t) => new(t.DueText, ParseKind(t.DueKind), t.DueStart, t.DueEnd)
    {
        Every = Enum.TryParse<Recurrence>(t.DueEvery, out var every) ? every : null,
        OngoingAfter = t.DueOngoingAfter,
    };

    public static Deadline? AdjustedDue(PlanTask t) => t.AdjustedDueText is null
        ? null
        : new Deadline(t.AdjustedDueText, ParseKind(t.AdjustedDueKind), t.AdjustedDueStart, t.AdjustedDueEnd);

    /// <summary>
    /// The deadline in force: the adjusted one (from the plan's adjusted-deadline column, or the latest approved
    /// deadline change, which writes it) when there is one, else the original.
    /// </summary>
    public static Deadline EffectiveDue(PlanTask t) => AdjustedDue(t) ?? Due(t);

    public static SixClear SixClear(PlanTask t) => SixClearRule.Evaluate(new SixClearFacts(
        t.Content,
        t.Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Position).Select(u => u.Name).ToList(),
        t.Units.Where(u => u.Role == TaskUnitRole.Cooperating).OrderBy(u => u.Position).Select(u => u.Name).ToList(),
        t.Accountable,
        t.AccountableExpected,
        t.Product,
        Due(t),
        t.Bases.Select(b => b.Text).ToList()));

    public static Target Target(Indicator i) => new(
        i.TargetText ?? string.Empty,
        Enum.TryParse<Comparator>(i.Comparator, out var c) ? c : Comparator.Exactly,
        i.TargetValue,
        i.Unit);

    /// <summary>The fields a user compares between two versions of a task.</summary>
    public static DiffItem TaskDiffItem(ParsedTask t) => new(t.Appendix, t.Section, t.Ordinal, TaskFields(
        t.Content, t.Lead, t.Cooperating, t.Accountable, t.Product, t.Due.Text, t.AdjustedDue?.Text, t.Basis), t);

    public static DiffItem TaskDiffItem(PlanTask t) => new(t.Appendix, t.Section, t.Ordinal, TaskFields(
        t.Content,
        t.Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Position).Select(u => u.Name).ToList(),
        t.Units.Where(u => u.Role == TaskUnitRole.Cooperating).OrderBy(u => u.Position).Select(u => u.Name).ToList(),
        t.Accountable, t.Product, t.DueText, t.AdjustedDueText, t.Bases.OrderBy(b => b.Position).Select(b => b.Text).ToList()), t);

    public static DiffItem IndicatorDiffItem(ParsedIndicator i) => new(i.Appendix, i.Group, i.Ordinal, IndicatorFields(
        i.Name, i.Target.Unit, i.Target.Text, i.Lead, i.Source), i);

    public static DiffItem IndicatorDiffItem(Indicator i) => new(i.Appendix, i.GroupName, i.Ordinal, IndicatorFields(
        i.Name, i.Unit, i.TargetText, i.Leads.OrderBy(l => l.Position).Select(l => l.Name).ToList(), i.Source), i);

    private static Dictionary<string, string?> TaskFields(
        string content, IReadOnlyList<string> lead, IReadOnlyList<string> cooperating, string? accountable, string? product,
        string due, string? adjustedDue, IReadOnlyList<string> basis) => new()
    {
        ["Nội dung"] = content,
        ["Chủ trì"] = string.Join("; ", lead),
        ["Phối hợp"] = string.Join("; ", cooperating),
        ["Người chịu trách nhiệm"] = accountable,
        ["Sản phẩm"] = product,
        ["Thời hạn"] = due,
        ["Thời hạn điều chỉnh"] = adjustedDue,
        ["Căn cứ giao"] = string.Join("; ", basis),
    };

    private static Dictionary<string, string?> IndicatorFields(
        string name, string? unit, string? target, IReadOnlyList<string> lead, string? source) => new()
    {
        ["Tên"] = name,
        ["Đơn vị tính"] = unit,
        ["Chỉ tiêu"] = target,
        ["Chủ trì"] = string.Join("; ", lead),
        ["Văn bản nguồn"] = source,
    };

    private static DeadlineKind ParseKind(string? kind) => Enum.TryParse<DeadlineKind>(kind, out var k) ? k : DeadlineKind.Unknown;

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

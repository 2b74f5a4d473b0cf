using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Text;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;
using SauRo.Features.Reporting;

namespace SauRo.Features.Reports;

/// <summary>
/// One periodic report. An office's report gathers the tasks the office leads, each with its update of the period (one
/// can be added on the spot), and the indicators it leads with their value for the period; the commune's report to the
/// province gathers the offices' approved reports of the period. The reporting unit saves a draft and submits
/// ("Nộp báo cáo": the period's updates and values are attached to the report); the leader approves (the report and
/// what it carries are locked) or returns it with a required comment (the unit corrects and submits again).
/// </summary>
public sealed class DetailsModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public const int MaxSummaryLength = 8000;

    public const int MaxCommentLength = 2000;

    /// <summary>One indicator's value as typed in the report form.</summary>
    public sealed class ValueLine
    {
        public int IndicatorId { get; set; }

        public string? Value { get; set; }

        public string? Numerator { get; set; }

        public string? Denominator { get; set; }

        public string? Note { get; set; }

        public ValueForm Form => new() { Value = Value, Numerator = Numerator, Denominator = Denominator, Note = Note };
    }

    public sealed record Info(int PlanId, int PlanUnitId, string PlanTitle, string? PlanNumber, string UnitName, string PlanUnitName, string? DutyTo, string DutyText);

    public Report Report { get; private set; } = null!;

    public Info About { get; private set; } = null!;

    public ReportSheet Sheet { get; private set; } = null!;

    public bool CanFile { get; private set; }

    public bool CanReview { get; private set; }

    public bool Editable => CanFile && Sheet.Open;

    public DateOnly Today { get; private set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public List<ValueLine> Values { get; set; } = [];

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public int UpdateTaskId { get; set; }

    [BindProperty]
    public TaskUpdateInput Update { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        Fill();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!Editable)
        {
            return Refuse();
        }

        ModelState.Clear();
        if (!await SaveAsync(attach: false, cancellation))
        {
            return Page();
        }

        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã lưu nháp báo cáo.";
        return Redirect($"/Reports/{id}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!Editable)
        {
            return Refuse();
        }

        ModelState.Clear();
        if (string.IsNullOrWhiteSpace(Summary))
        {
            ModelState.AddModelError(nameof(Summary), "Hãy viết tóm tắt kết quả thực hiện trong kỳ trước khi nộp báo cáo.");
        }

        if (!await SaveAsync(attach: true, cancellation))
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var report = await db.Reports.SingleAsync(r => r.Id == id, cancellation);
        report.State = ReportState.Submitted;
        report.SubmittedAt = now;
        report.FirstSubmittedAt ??= now;
        report.SubmittedBy = scope.UserName;
        if (await DueDateAsync(report, cancellation) is { } due)
        {
            report.DueDate = due;
        }

        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = $"Đã nộp {Sheet.Period.ReportName}.";
        return Redirect($"/Reports/{id}");
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!Editable)
        {
            return Refuse();
        }

        ModelState.Clear();
        if (Sheet.IsCommuneReport || Sheet.Tasks.All(t => t.Task.Id != UpdateTaskId))
        {
            ModelState.AddModelError(string.Empty, "Nhiệm vụ này không thuộc báo cáo.");
            Fill();
            return Page();
        }

        var values = Update.Check(Today, ModelState);
        if (values is null)
        {
            Fill();
            return Page();
        }

        var update = new TaskUpdate
        {
            TaskId = UpdateTaskId,
            OfficeId = Report.UnitId,
            UserId = scope.UserId ?? "?",
            UserName = scope.UserName ?? "?",
            At = clock.GetUtcNow(),
            ReportId = Report.Id,
        };
        values.ApplyTo(update);
        db.TaskUpdates.Add(update);
        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = "Đã cập nhật tiến độ nhiệm vụ vào báo cáo.";
        return Redirect($"/Reports/{id}#task-{UpdateTaskId}");
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellation) => await ReviewAsync(id, approve: true, cancellation);

    public async Task<IActionResult> OnPostReturnAsync(int id, CancellationToken cancellation) => await ReviewAsync(id, approve: false, cancellation);

    private async Task<IActionResult> ReviewAsync(int id, bool approve, CancellationToken cancellation)
    {
        if (await LoadAsync(id, cancellation) is { } refusal)
        {
            return refusal;
        }

        if (!await scope.CanApproveAsync(About.PlanUnitId, cancellation))
        {
            return Forbid();
        }

        ModelState.Clear();
        if (Report.State != ReportState.Submitted)
        {
            ModelState.AddModelError(string.Empty, "Chỉ duyệt hoặc trả lại được báo cáo đang chờ duyệt.");
            Fill();
            return Page();
        }

        var comment = VietnameseText.Clean(Comment);
        if (!approve && comment.Length == 0)
        {
            ModelState.AddModelError(nameof(Comment), "Hãy ghi lý do trả lại để đơn vị biết cần sửa gì.");
        }
        else if (comment.Length > MaxCommentLength)
        {
            ModelState.AddModelError(nameof(Comment), "Ý kiến dài quá 2.000 ký tự.");
        }

        if (!ModelState.IsValid)
        {
            Fill();
            return Page();
        }

        var report = await db.Reports.SingleAsync(r => r.Id == id, cancellation);
        report.State = approve ? ReportState.Approved : ReportState.Returned;
        report.ReviewedAt = clock.GetUtcNow();
        report.ReviewedBy = scope.UserName;
        if (comment.Length > 0)
        {
            report.ReviewComment = comment;
        }

        await db.SaveChangesAsync(cancellation);
        TempData["Message"] = approve ? $"Đã duyệt {Sheet.Period.ReportName} của {About.UnitName}." : $"Đã trả lại {Sheet.Period.ReportName} của {About.UnitName}.";
        return Redirect($"/Reports/{id}");
    }

    /// <summary>
    /// Writes the summary and the values typed (an empty value leaves the stored one); when submitting, attaches the
    /// period's updates and values to the report. False (with messages) when something typed is not acceptable.
    /// </summary>
    private async Task<bool> SaveAsync(bool attach, CancellationToken cancellation)
    {
        var summary = Summary?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (summary is { Length: > MaxSummaryLength })
        {
            ModelState.AddModelError(nameof(Summary), "Tóm tắt dài quá 8.000 ký tự.");
        }

        var writes = new List<(ReportIndicatorLine Line, ValueToWrite Value)>();
        for (var n = 0; n < Values.Count; n++)
        {
            var typed = Values[n];
            var line = Sheet.Indicators.FirstOrDefault(l => l.Indicator.Id == typed.IndicatorId && l.Period is not null);
            if (line is null || typed.Form.IsEmpty && string.IsNullOrWhiteSpace(typed.Note))
            {
                continue;
            }

            if (line.Locked)
            {
                ModelState.AddModelError($"Values[{n}].Value", ReportLocks.ValueLockedMessage(line.Period!.Value.Label));
                continue;
            }

            if (typed.Form.IsEmpty)
            {
                ModelState.AddModelError($"Values[{n}].Value", "Hãy nhập giá trị, hoặc tử số và mẫu số (hoặc bỏ ghi chú).");
                continue;
            }

            if (typed.Form.Read(line.Indicator.Unit, $"Values[{n}]", (field, message) => ModelState.AddModelError(field, message)) is { } value)
            {
                writes.Add((line, value));
            }
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        var report = await db.Reports.SingleAsync(r => r.Id == Report.Id, cancellation);
        report.Summary = string.IsNullOrEmpty(summary) ? null : summary;
        var now = clock.GetUtcNow();
        var office = Sheet.IsCommuneReport ? (int?)null : Report.UnitId;
        foreach (var (line, value) in writes)
        {
            var period = line.Period!.Value;
            var stored = await ValueWriter.FindAsync(db, line.Indicator.Id, period, cancellation);
            if (stored is null || stored.Value != value.Value || stored.Numerator != value.Numerator || stored.Denominator != value.Denominator || stored.Note != value.Note)
            {
                ValueWriter.Write(db, stored, line.Indicator.Id, period, value, scope.UserName ?? "?", office, now, Sheet.IsCommuneReport ? null : Report.Id);
            }
        }

        if (attach && !Sheet.IsCommuneReport)
        {
            var taskIds = Sheet.Tasks.Select(t => t.Task.Id).ToList();
            var candidates = await db.TaskUpdates.Where(u => taskIds.Contains(u.TaskId) && u.ReportId == null).ToListAsync(cancellation);
            foreach (var update in candidates.Where(u => ReportSheet.Gathers(u, Report, Sheet.Window, open: true)))
            {
                update.ReportId = Report.Id;
            }

            foreach (var line in Sheet.Indicators.Where(l => l.Period is not null && !l.Locked))
            {
                var stored = db.IndicatorValues.Local.FirstOrDefault(v => v.IndicatorId == line.Indicator.Id && v.PeriodKey == line.Period!.Value.Key)
                    ?? await ValueWriter.FindAsync(db, line.Indicator.Id, line.Period!.Value, cancellation);
                if (stored is not null && stored.ReportId is null)
                {
                    stored.ReportId = Report.Id;
                }
            }
        }

        return true;
    }

    /// <summary>The due date the calendar gives the report's period now (frozen into the report at submission).</summary>
    private async Task<DateOnly?> DueDateAsync(Report report, CancellationToken cancellation)
    {
        var duty = await db.PlanReportingDuties.AsNoTracking().SingleOrDefaultAsync(d => d.Id == report.DutyId, cancellation);
        return duty is not null && DutyText.Calendar(duty) is { } calendar && calendar.Frequency == Sheet.Period.Frequency
            ? calendar.DueDate(Sheet.Period, settings.CutOffDay)
            : null;
    }

    /// <summary>403 for whoever may not file the report; the page with the reason when it is no longer open.</summary>
    private IActionResult Refuse()
    {
        if (!CanFile)
        {
            return Forbid();
        }

        ModelState.Clear();
        ModelState.AddModelError(string.Empty, Report.State == ReportState.Approved
            ? "Báo cáo đã được duyệt; không sửa được nữa."
            : "Báo cáo đã nộp và đang chờ duyệt; chỉ sửa được khi lãnh đạo trả lại.");
        Fill();
        return Page();
    }

    /// <summary>The form shows what is stored.</summary>
    private void Fill()
    {
        Summary = Report.Summary;
        Values = Sheet.Indicators.Where(l => l.Period is not null).Select(l => new ValueLine
        {
            IndicatorId = l.Indicator.Id,
            Value = l.Value?.Value is { } v ? Plans.PlanText.Decimal(v) : null,
            Numerator = l.Value?.Numerator is { } n ? Plans.PlanText.Decimal(n) : null,
            Denominator = l.Value?.Denominator is { } d ? Plans.PlanText.Decimal(d) : null,
            Note = l.Value?.Note,
        }).ToList();
    }

    /// <summary>404 when the report does not exist or its plan is out of sight; otherwise loads what the page shows.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellation)
    {
        var report = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellation);
        if (report is null)
        {
            return NotFound();
        }

        var about = await db.Plans.AsNoTracking().Where(p => p.Id == report.PlanId)
            .Select(p => new { p.Id, p.UnitId, p.Title, p.Number, PlanUnitName = p.Unit!.Name })
            .SingleOrDefaultAsync(cancellation);
        if (about is null || !await scope.CanSeeAsync(about.UnitId, cancellation) || !ReportingPeriod.TryParse(report.PeriodKey, out _))
        {
            return NotFound();
        }

        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == report.UnitId).Select(u => u.Name).SingleOrDefaultAsync(cancellation);
        var duty = await db.PlanReportingDuties.AsNoTracking().SingleOrDefaultAsync(d => d.Id == report.DutyId, cancellation);
        Report = report;
        About = new Info(about.Id, about.UnitId, about.Title, about.Number, unitName ?? "?", about.PlanUnitName, duty?.ToText,
            duty is { } d ? Plans.PlanText.Duty(d.FromParty, d.ToText, d.Frequency, d.DueDay, d.DueMonth) : string.Empty);
        Today = VietnamTime.Today(clock);
        CanFile = await scope.CanFileReportAsync(about.UnitId, report.UnitId, cancellation);
        CanReview = report.State == ReportState.Submitted && await scope.CanApproveAsync(about.UnitId, cancellation);
        Sheet = await ReportSheet.LoadAsync(db, report, about.UnitId, settings.CutOffDay, cancellation);
        return null;
    }
}

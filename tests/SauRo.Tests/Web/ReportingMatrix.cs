using Microsoft.EntityFrameworkCore;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using static SauRo.Tests.Web.Capability;

namespace SauRo.Tests.Web;

/// <summary>
/// The authorization matrix rows of the reporting pages and endpoints (indicator values, the reporting calendar,
/// periodic reports, completeness), spread into <see cref="AuthorizationTable.Entries"/>. Each write gets fresh rows
/// (a duty of its own, so that reports never collide) from the helpers below.
/// </summary>
public static class ReportingMatrix
{
    /// <summary>The first monthly period of the world's plans (issued 15/04/2026: data 15/04–14/05).</summary>
    public const string Period = "2026-M05";

    private const string Edited = "Đã sửa trong kiểm thử quyền";

    public static readonly IReadOnlyList<Entry> Entries =
    [
        // Indicators: the page and the values API are read by whoever sees the plan; values are recorded by the lead
        // office's officers and the plan's editors; the reporting frequency is chosen by the plan's editors.
        new("GET /Indicators/Details", Read, Over.Places, c => Get($"/Indicators/{c.Place.IndicatorId}", c.AtPlace)),
        new("POST /Indicators/Details ?handler=Value", UpdateIndicator, Over.Offices, async c =>
        {
            var id = await NewIndicatorAsync(c, withValue: false);
            return new Probe(HttpMethod.Post, $"/Indicators/{id}?handler=Value", c.AtPlace with { Lead = [c.Office.Id] })
            {
                Form = new() { ["PeriodKey"] = Period, ["Input.Value"] = "42,5" },
                Changed = () => c.World.DbAsync(db => db.IndicatorValues.AnyAsync(v => v.IndicatorId == id && v.PeriodKey == Period && v.Value == 42.5m)),
            };
        }),
        new("POST /Indicators/Details ?handler=Frequency", EditPlans, Over.Places, async c =>
        {
            var id = await NewIndicatorAsync(c, withValue: false);
            return new Probe(HttpMethod.Post, $"/Indicators/{id}?handler=Frequency", c.AtPlace)
            {
                Form = new() { ["NewFrequency"] = nameof(ReportingFrequency.Quarterly) },
                Changed = () => c.World.DbAsync(db => db.Indicators.AnyAsync(i => i.Id == id && i.ValueFrequency == nameof(ReportingFrequency.Quarterly))),
            };
        }),
        new("GET /api/v1/indicators/{id:int}/values", Read, Over.Places, c => Get($"/api/v1/indicators/{c.Place.IndicatorId}/values", c.AtPlace)),
        new("GET /api/v1/indicators/{id:int}/values/{periodKey}", Read, Over.Places, async c =>
            await Get($"/api/v1/indicators/{await NewIndicatorAsync(c, withValue: true)}/values/{Period}", c.AtPlace)),
        new("PUT /api/v1/indicators/{id:int}/values/{periodKey}", UpdateIndicator, Over.Offices, async c =>
        {
            var id = await NewIndicatorAsync(c, withValue: false);
            return new Probe(HttpMethod.Put, $"/api/v1/indicators/{id}/values/{Period}", c.AtPlace with { Lead = [c.Office.Id] })
            {
                Json = new { numerator = 45, denominator = 60 },
                Changed = () => c.World.DbAsync(db => db.IndicatorValues.AnyAsync(v => v.IndicatorId == id && v.Denominator == 60)),
            };
        }),

        // The reporting calendar: read by whoever sees the plan, its duties set by the plan's editors.
        new("GET /Reporting/Index", Read, Over.Places, c => Get($"/Plans/{c.Place.PlanId}/Reporting", c.AtPlace)),
        new("GET /Reporting/Create", EditPlans, Over.Places, c => Get($"/Plans/{c.Place.PlanId}/Reporting/Create", c.AtPlace)),
        new("POST /Reporting/Create", EditPlans, Over.Places, c => Post($"/Plans/{c.Place.PlanId}/Reporting/Create", c.AtPlace, new() { ["Input.DueDay"] = "40" })) { EmptyForm = true },
        new("GET /Reporting/Edit", EditPlans, Over.Places, async c => await Get($"/Reporting/{await NewDutyAsync(c, ReportingParty.Offices)}/Edit", c.AtPlace)),
        new("POST /Reporting/Edit", EditPlans, Over.Places, async c =>
        {
            // On a plan of its own: a plan holds one duty per party and frequency.
            var id = await NewDutyAsync(c, ReportingParty.Offices, await c.World.NewPlanAsync(c.Place));
            return new Probe(HttpMethod.Post, $"/Reporting/{id}/Edit", c.AtPlace)
            {
                Form = new() { ["Input.FromParty"] = nameof(ReportingParty.Offices), ["Input.Frequency"] = nameof(ReportingFrequency.Monthly), ["Input.DueDay"] = "7", ["Input.ToText"] = Edited },
                Changed = () => c.World.DbAsync(db => db.PlanReportingDuties.AnyAsync(d => d.Id == id && d.ToText == Edited && d.DueDay == 7)),
            };
        }),
        new("GET /Reporting/Delete", EditPlans, Over.Places, async c => await Get($"/Reporting/{await NewDutyAsync(c, ReportingParty.Offices)}/Delete", c.AtPlace)),
        new("POST /Reporting/Delete", EditPlans, Over.Places, async c =>
        {
            var id = await NewDutyAsync(c, ReportingParty.Offices);
            return new Probe(HttpMethod.Post, $"/Reporting/{id}/Delete", c.AtPlace)
            {
                Form = [],
                Changed = () => c.World.DbAsync(async db => !await db.PlanReportingDuties.AnyAsync(d => d.Id == id)),
            };
        }),

        // Reports: listed and read by whoever sees the plan; an office's report filed by its officers and the plan's
        // editors, the commune's own by the plan's editors; approved or returned by the commune's leaders.
        new("GET /Reports/Index", SignedIn, Over.Nothing, _ => Get("/Reports")),
        new("GET /Reports/Index", Read, Over.Places, c => Get($"/Reports?unitId={c.Place.Unit.Id}&year=2026", c.AtPlace)),
        new("GET /Reports/Completeness", SignedIn, Over.Nothing, _ => Get("/Reports/Completeness")),
        new("GET /Reports/Completeness", Read, Over.Places, c => Get($"/Reports/Completeness?unitId={c.Place.Unit.Id}&year=2026", c.AtPlace)),
        new("GET /Reports/PlanCompleteness", Read, Over.Places, c => Get($"/Plans/{c.Place.PlanId}/Completeness?period={Period}", c.AtPlace)),
        new("GET /Reports/Open", Read, Over.Offices, async c =>
            await Get($"/Reports/Open?dutyId={await NewDutyAsync(c, ReportingParty.Offices)}&unitId={c.Office.Id}&period={Period}", c.AtOffice)),
        new("GET /Reports/Details", Read, Over.Offices, async c => await Get($"/Reports/{await NewReportAsync(c, c.Office.Id, ReportState.Draft)}", c.AtOffice)),
        new("POST /Reports/Details ?handler=Save", FileReport, Over.Offices, async c => await FileAsync(c, c.Office.Id, "Save")),
        new("POST /Reports/Details ?handler=Save", FileReport, Over.Places, async c => await FileAsync(c, c.Place.Unit.Id, "Save")),
        new("POST /Reports/Details ?handler=Submit", FileReport, Over.Offices, async c => await FileAsync(c, c.Office.Id, "Submit")),
        new("POST /Reports/Details ?handler=Update", FileReport, Over.Offices, async c =>
        {
            var id = await NewReportAsync(c, c.Office.Id, ReportState.Draft);
            return new Probe(HttpMethod.Post, $"/Reports/{id}?handler=Update", c.AtPlace with { Lead = [c.Office.Id] })
            {
                Form = new() { ["UpdateTaskId"] = $"{c.Task.Id}", ["Update.State"] = nameof(TaskProgressState.InProgress), ["Update.PercentDone"] = "40" },
                Changed = () => c.World.DbAsync(db => db.TaskUpdates.AnyAsync(u => u.ReportId == id)),
            };
        }),
        new("POST /Reports/Details ?handler=Approve", Approve, Over.Places, async c => await ReviewAsync(c, "Approve", ReportState.Approved)),
        new("POST /Reports/Details ?handler=Return", Approve, Over.Places, async c => await ReviewAsync(c, "Return", ReportState.Returned)),
    ];

    /// <summary>A report of <paramref name="unitId"/> in a draft, saved or submitted by the request.</summary>
    private static async Task<Probe> FileAsync(ProbeContext c, int unitId, string handler)
    {
        var id = await NewReportAsync(c, unitId, ReportState.Draft);
        return new Probe(HttpMethod.Post, $"/Reports/{id}?handler={handler}", c.AtPlace with { Lead = [unitId] })
        {
            Form = new() { ["Summary"] = Edited },
            Changed = () => c.World.DbAsync(db => db.Reports.AnyAsync(r => r.Id == id && r.Summary == Edited
                && r.State == (handler == "Submit" ? ReportState.Submitted : ReportState.Draft))),
        };
    }

    /// <summary>Office A's submitted report, approved or returned by the request.</summary>
    private static async Task<Probe> ReviewAsync(ProbeContext c, string handler, ReportState after)
    {
        var id = await NewReportAsync(c, c.Place.OfficeA.Id, ReportState.Submitted);
        return new Probe(HttpMethod.Post, $"/Reports/{id}?handler={handler}", c.AtPlace)
        {
            Form = new() { ["Comment"] = "Đề nghị bổ sung số liệu" },
            Changed = () => c.World.DbAsync(db => db.Reports.AnyAsync(r => r.Id == id && r.State == after)),
        };
    }

    /// <summary>A new monthly duty of the place's plan, or another (the offices before the 5th, the commune before the 10th).</summary>
    public static Task<int> NewDutyAsync(ProbeContext c, ReportingParty party, int? planId = null) => c.World.DbAsync(async db =>
    {
        var duty = new PlanReportingDuty
        {
            PlanId = planId ?? c.Place.PlanId,
            FromParty = party.ToString(),
            ToText = party == ReportingParty.Offices ? "Phòng Văn hóa - Xã hội" : "Sở Khoa học và Công nghệ",
            Frequency = nameof(ReportingFrequency.Monthly),
            DueDay = party == ReportingParty.Offices ? 5 : 10,
            Text = "Báo cáo tháng thử quyền",
        };
        db.PlanReportingDuties.Add(duty);
        await db.SaveChangesAsync();
        return duty.Id;
    });

    /// <summary>A report of <paramref name="unitId"/> (an office of the place, or the place itself) for <see cref="Period"/> under a new duty.</summary>
    public static async Task<int> NewReportAsync(ProbeContext c, int unitId, ReportState state)
    {
        var duty = await NewDutyAsync(c, unitId == c.Place.Unit.Id ? ReportingParty.Commune : ReportingParty.Offices);
        return await c.World.DbAsync(async db =>
        {
            var at = new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);
            var report = new Report
            {
                PlanId = c.Place.PlanId,
                DutyId = duty,
                UnitId = unitId,
                Frequency = nameof(ReportingFrequency.Monthly),
                PeriodKey = Period,
                DueDate = new DateOnly(2026, 6, 5),
                State = state,
                SubmittedAt = state == ReportState.Draft ? null : at,
                FirstSubmittedAt = state == ReportState.Draft ? null : at,
                SubmittedBy = state == ReportState.Draft ? null : "thu-quyen",
            };
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
    }

    /// <summary>A new indicator of the place's plan led by the scope's office, with a value for <see cref="Period"/> when asked.</summary>
    private static Task<int> NewIndicatorAsync(ProbeContext c, bool withValue) => c.World.DbAsync(async db =>
    {
        var indicator = new Indicator
        {
            PlanId = c.Place.PlanId,
            Position = 200,
            Name = "Tỷ lệ cán bộ được đào tạo kỹ năng số",
            Unit = "%",
            Comparator = nameof(Comparator.AtLeast),
            TargetValue = 80,
            TargetText = "≥ 80",
            Origin = "Manual",
            SearchKey = "ty le can bo duoc dao tao ky nang so",
        };
        indicator.Leads.Add(new IndicatorLead { Position = 0, Name = c.Office.Name, UnitId = c.Office.Id });
        db.Indicators.Add(indicator);
        await db.SaveChangesAsync();
        if (withValue)
        {
            db.IndicatorValues.Add(new IndicatorValue { IndicatorId = indicator.Id, PeriodKey = Period, Value = 40, UserName = "thu-quyen", At = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync();
        }

        return indicator.Id;
    });

    private static Task<Probe> Get(string url, Target? target = null) => Task.FromResult(new Probe(HttpMethod.Get, url, target ?? new()));

    private static Task<Probe> Post(string url, Target target, Dictionary<string, string> form) =>
        Task.FromResult(new Probe(HttpMethod.Post, url, target) { Form = form });
}

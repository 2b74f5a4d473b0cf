using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Audit;
using SauRo.Features.Import;
using SauRo.Features.Monitoring;

namespace SauRo.Features.Plans;

/// <summary>
/// The plan page: header, 06-rõ summary, indicators, tasks with their 06-rõ badges, import history, latest changes.
/// Four queries whatever the plan's size: the header with its short lists, the tasks with their offices and
/// documents, the indicators with their lead offices, the latest audit entries.
/// </summary>
public sealed class DetailsModel(SauRoDbContext db, UnitScope scope, TimeProvider clock, MonitoringSettings settings) : PageModel
{
    public sealed record ImportRow(DateTimeOffset ImportedAt, string FileName, string? ImportedBy, int Added, int Changed, int Removed);

    public sealed record DutyRow(string FromParty, string? ToText, string Frequency, int DueDay, int? DueMonth, string Text)
    {
        public string Display => PlanText.Duty(FromParty, ToText, Frequency, DueDay, DueMonth);
    }

    public sealed class Header
    {
        public int Id { get; init; }

        public int UnitId { get; init; }

        public required string UnitName { get; init; }

        public string? Number { get; init; }

        public string? NumberText { get; init; }

        public string? Place { get; init; }

        public string? IssuedOn { get; init; }

        public string? Issuer { get; init; }

        public required string Title { get; init; }

        public string? Signer { get; init; }

        public string? SignerRole { get; init; }

        public int? Year { get; init; }

        public int? DeclaredIndicators { get; init; }

        public int? DeclaredTasks { get; init; }

        public List<string> Bases { get; init; } = [];

        public List<DutyRow> Duties { get; init; } = [];

        public List<ImportRow> Imports { get; init; } = [];

        public string? LastWarnings { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        /// <summary>When the commune's exchange file this plan was imported from was exported; null for a plan kept here.</summary>
        public DateTimeOffset? ExchangeExportedAt { get; init; }
    }

    public sealed record TaskRow(PlanTask Task, SixClear Six, Deadline Due, Deadline? Adjusted, List<TaskUnit> Lead, List<TaskUnit> Cooperating, PlanTaskStatus Status)
    {
        /// <summary>The missing 06-rõ points, comma-separated, for data-missing.</summary>
        public string MissingAttribute => string.Join(',', Six.Missing);
    }

    public sealed record TaskSection(string? Section, List<TaskRow> Tasks);

    public sealed record TaskAppendix(string? Appendix, string? Title, List<TaskSection> Sections);

    public sealed record IndicatorGroup(string? Appendix, string? Group, List<Indicator> Indicators);

    public Header Plan { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    /// <summary>Tasks the user may update (all of them for the plan's editors; those its office leads for an office officer).</summary>
    public HashSet<int> UpdatableTaskIds { get; private set; } = [];

    public bool ShowTaskActions => CanEdit || UpdatableTaskIds.Count > 0;

    public List<TaskAppendix> TaskGroups { get; private set; } = [];

    public List<IndicatorGroup> IndicatorGroups { get; private set; } = [];

    public SixClearSummary Summary { get; } = new();

    /// <summary>The tasks counted by status today (four states, and due soon).</summary>
    public TaskStatusSummary Statuses { get; } = new();

    /// <summary>May bring the Q3/Q4 deadlines forward one quarter (the plan's editors, the commune's leader).</summary>
    public bool CanBringForward { get; private set; }

    public int TaskCount { get; private set; }

    public int IndicatorCount { get; private set; }

    /// <summary>Each indicator's colour today, from its values and the expected pace (IndicatorColourRule).</summary>
    public Dictionary<int, IndicatorAssessment> Colours { get; private set; } = [];

    /// <summary>The "Chỉ tiêu cần chú ý" box: red indicators first, then orange ones.</summary>
    public List<Indicator> Attention { get; private set; } = [];

    /// <summary>The latest changes of the plan and everything in it ("Lịch sử").</summary>
    public HistoryView History { get; private set; } = null!;

    public IReadOnlyList<string> Warnings => string.IsNullOrEmpty(Plan.LastWarnings) ? [] : Plan.LastWarnings.Split('\n');

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var header = await db.Plans.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new Header
            {
                Id = p.Id,
                UnitId = p.UnitId,
                UnitName = p.Unit!.Name,
                Number = p.Number,
                NumberText = p.NumberText,
                Place = p.Place,
                IssuedOn = p.IssuedOn,
                Issuer = p.Issuer,
                Title = p.Title,
                Signer = p.Signer,
                SignerRole = p.SignerRole,
                Year = p.Year,
                DeclaredIndicators = p.DeclaredIndicators,
                DeclaredTasks = p.DeclaredTasks,
                Bases = p.Bases.OrderBy(b => b.Position).Select(b => b.Text).ToList(),
                Duties = p.ReportingDuties.OrderBy(d => d.Id).Select(d => new DutyRow(d.FromParty, d.ToText, d.Frequency, d.DueDay, d.DueMonth, d.Text)).ToList(),
                Imports = p.Imports.OrderByDescending(i => i.Id)
                    .Select(i => new ImportRow(i.ImportedAt, i.FileName, i.ImportedBy, i.Added, i.Changed, i.Removed)).ToList(),
                LastWarnings = p.Imports.OrderByDescending(i => i.Id).Select(i => i.Warnings).FirstOrDefault(),
                CreatedAt = p.CreatedAt,
                ExchangeExportedAt = p.ExchangeExportedAt,
            })
            .AsSingleQuery()
            .SingleOrDefaultAsync(cancellation);
        if (header is null || !await scope.CanSeeAsync(header.UnitId, cancellation))
        {
            return NotFound();
        }

        Plan = header;
        CanEdit = await scope.CanEditAsync(header.UnitId, cancellation);

        var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == id)
            .Include(t => t.Units).Include(t => t.Bases)
            .OrderBy(t => t.Position).ThenBy(t => t.Id)
            .AsSingleQuery()
            .ToListAsync(cancellation);
        TaskCount = tasks.Count;
        UpdatableTaskIds = await scope.UpdatableTaskIdsAsync(header.UnitId, tasks.Select(t => (t.Id,
            t.Units.Where(u => u.Role == TaskUnitRole.Lead && u.UnitId != null).Select(u => u.UnitId!.Value))), cancellation);
        var statuses = await TaskStatuses.ForTasksAsync(db, tasks, VietnamTime.Today(clock), settings, cancellation);
        CanBringForward = CanEdit || await scope.CanApproveAsync(header.UnitId, cancellation);
        var rows = new List<TaskRow>(tasks.Count);
        foreach (var t in tasks)
        {
            t.Bases.Sort((a, b) => a.Position.CompareTo(b.Position));
            var six = PlanMapping.SixClear(t);
            Summary.Add(six);
            Statuses.Add(statuses[t.Id].Status);
            rows.Add(new TaskRow(
                t, six, PlanMapping.Due(t), PlanMapping.AdjustedDue(t),
                t.Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Position).ToList(),
                t.Units.Where(u => u.Role == TaskUnitRole.Cooperating).OrderBy(u => u.Position).ToList(),
                statuses[t.Id].Status));
        }

        TaskGroups = rows
            .GroupBy(r => r.Task.Appendix ?? string.Empty, StringComparer.Ordinal)
            .Select(a => new TaskAppendix(
                a.First().Task.Appendix,
                a.Select(r => r.Task.AppendixTitle).FirstOrDefault(x => !string.IsNullOrEmpty(x)),
                a.GroupBy(r => r.Task.Section ?? string.Empty, StringComparer.Ordinal)
                    .Select(s => new TaskSection(s.First().Task.Section, s.ToList())).ToList()))
            .ToList();

        var indicators = await db.Indicators.AsNoTracking().Where(i => i.PlanId == id)
            .Include(i => i.Leads)
            .OrderBy(i => i.Position).ThenBy(i => i.Id)
            .ToListAsync(cancellation);
        IndicatorCount = indicators.Count;
        foreach (var i in indicators)
        {
            i.Leads.Sort((a, b) => a.Position.CompareTo(b.Position));
        }

        var year = Reporting.PlanYear.Of(header.Year, header.IssuedOn, header.CreatedAt).Year;
        Colours = await Indicators.Values.IndicatorColours.ForIndicatorsAsync(db, indicators, year, VietnamTime.Today(clock), settings.CutOffDay, cancellation);
        Attention = indicators.Where(i => Colours[i.Id].Colour is IndicatorColour.Red or IndicatorColour.Orange)
            .OrderBy(i => Colours[i.Id].Colour).ToList();
        IndicatorGroups = indicators
            .GroupBy(i => (i.Appendix ?? string.Empty, i.GroupName ?? string.Empty))
            .Select(g => new IndicatorGroup(g.First().Appendix, g.First().GroupName, g.ToList()))
            .ToList();
        History = await AuditHistory.ForPlanAsync(db, id, cancellation);
        return Page();
    }
}

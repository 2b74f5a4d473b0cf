using System.Globalization;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data.Entities;
using SauRo.Features.Import;
using SauRo.Features.Indicators.Values;
using SauRo.Features.Monitoring;

namespace SauRo.Bench.National;

/// <summary>How big a synthetic country is.</summary>
public sealed record CountrySize(string Name, int Provinces, int Communes)
{
    public static readonly CountrySize Commune = new("commune", 1, 1);
    public static readonly CountrySize Province = new("province", 1, 168);
    public static readonly CountrySize Nation = new("nation", 34, 3321);

    public static CountrySize Parse(string name) => name switch
    {
        "commune" => Commune,
        "province" => Province,
        "nation" => Nation,
        _ => throw new ArgumentException($"Cỡ «{name}» không có: commune, province hoặc nation."),
    };
}

/// <summary>
/// A deterministic synthetic country: nation → provinces → communes → six offices each; per commune one plan with
/// 60 tasks and 20 indicators, two reporting duties (offices → standing body, commune → province), twelve monthly
/// periods of indicator values, office and commune reports, ten progress updates per task (600 per commune), about
/// ten explanation requests, and each task's status on the benchmark's day. Every id and every choice is a pure function of the commune's index and a fixed seed,
/// so each table is produced in its own pass without holding the country in memory. The largest province has 168
/// communes; the nation 34 provinces and 3,321 communes (the figures of 2025).
/// </summary>
public sealed class SyntheticCountry(CountrySize size, int seed = 20261122)
{
    public const int OfficesPerCommune = 6;
    public const int TasksPerCommune = 60;
    public const int IndicatorsPerCommune = 20;
    public const int UpdatesPerTask = 10;
    public const int Months = 12;
    public const int Year = 2026;

    private static readonly string[] OfficeNames =
    [
        "Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Trung tâm Phục vụ hành chính công", "Công an", "Trạm Y tế",
    ];

    private static readonly string[] Deadlines =
    [
        "Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026", "Tháng 3/2026", "Tháng 6/2026", "Tháng 9/2026", "Tháng 11/2026",
        "Trước ngày 30/4/2026", "Trước ngày 31/8/2026", "Trước ngày 15/12/2026", "Thường xuyên", "Hằng quý", "Năm 2026",
        "Từ quý II đến quý III năm 2026", "Khi có yêu cầu của UBND tỉnh", "Trước ngày 25/11/2026",
    ];

    private static readonly DateTimeOffset Created = new(2026, 3, 20, 2, 0, 0, TimeSpan.Zero);

    public CountrySize Size { get; } = size;

    public static int NationId => 1;

    public static int ProvinceId(int p) => 2 + p;

    /// <summary>The province a commune belongs to: the first takes the largest share (168 at nation size).</summary>
    public int ProvinceOf(int c)
    {
        if (Size.Provinces == 1)
        {
            return 0;
        }

        const int largest = 168;
        if (c < largest)
        {
            return 0;
        }

        var rest = Size.Communes - largest;
        return 1 + (int)((long)(c - largest) * (Size.Provinces - 1) / rest);
    }

    public int CommuneId(int c) => 2 + Size.Provinces + c;

    public int OfficeId(int c, int o) => 2 + Size.Provinces + Size.Communes + (c * OfficesPerCommune) + o;

    public static int PlanId(int c) => c + 1;

    public static int TaskId(int c, int t) => (c * TasksPerCommune) + t + 1;

    public static int IndicatorId(int c, int i) => (c * IndicatorsPerCommune) + i + 1;

    public static int DutyId(int c, int d) => (c * 2) + d + 1;

    public static int ReportId(int c, int o, int m) => (((c * OfficesPerCommune) + o) * Months) + m + 1;

    /// <summary>The commune's own report to the province (after every office report).</summary>
    public int CommuneReportId(int c, int m) => (Size.Communes * OfficesPerCommune * Months) + (c * Months) + m + 1;

    public long Tasks => (long)Size.Communes * TasksPerCommune;

    public long Updates => Tasks * UpdatesPerTask;

    public IEnumerable<Unit> Units()
    {
        yield return Unit(NationId, null, UnitKind.Nation, "Việt Nam", 0);
        for (var p = 0; p < Size.Provinces; p++)
        {
            yield return Unit(ProvinceId(p), NationId, UnitKind.Province, $"Tỉnh Thử {p + 1:D2}", p);
        }

        for (var c = 0; c < Size.Communes; c++)
        {
            yield return Unit(CommuneId(c), ProvinceId(ProvinceOf(c)), UnitKind.Commune, $"Xã Thử {c + 1:D4}", c);
        }

        for (var c = 0; c < Size.Communes; c++)
        {
            for (var o = 0; o < OfficesPerCommune; o++)
            {
                yield return Unit(OfficeId(c, o), CommuneId(c), UnitKind.Office, OfficeNames[o], o);
            }
        }
    }

    public IEnumerable<Plan> Plans() => Range().Select(c => new Plan
    {
        Id = PlanId(c),
        UnitId = CommuneId(c),
        Number = string.Create(CultureInfo.InvariantCulture, $"{(c % 90) + 1:D2}/KH-UBND"),
        NumberText = string.Create(CultureInfo.InvariantCulture, $"{(c % 90) + 1:D2}/KH-UBND"),
        Place = $"Xã Thử {c + 1:D4}",
        IssuedOn = "2026-03-20",
        Title = "Phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 năm 2026",
        Year = Year,
        DeclaredIndicators = IndicatorsPerCommune,
        DeclaredTasks = TasksPerCommune,
        SearchKey = VietnameseText.Fold($"{(c % 90) + 1:D2}/KH-UBND phát triển khoa học công nghệ chuyển đổi số năm 2026"),
        CreatedAt = Created,
        UpdatedAt = Created,
    });

    public IEnumerable<PlanBasis> PlanBases() => Range().SelectMany(c => new[]
    {
        new PlanBasis { Id = (c * 2) + 1, PlanId = PlanId(c), Position = 0, Text = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" },
        new PlanBasis { Id = (c * 2) + 2, PlanId = PlanId(c), Position = 1, Text = "Kế hoạch số 42/KH-UBND ngày 10/02/2026 của UBND tỉnh" },
    });

    public IEnumerable<PlanReportingDuty> Duties() => Range().SelectMany(c => new[]
    {
        new PlanReportingDuty { Id = DutyId(c, 0), PlanId = PlanId(c), FromParty = nameof(ReportingParty.Offices), ToText = "Phòng Văn hóa - Xã hội", Frequency = nameof(ReportingFrequency.Monthly), DueDay = 5, Text = "Báo cáo tháng trước ngày 05" },
        new PlanReportingDuty { Id = DutyId(c, 1), PlanId = PlanId(c), FromParty = nameof(ReportingParty.Commune), ToText = "Sở Khoa học và Công nghệ", Frequency = nameof(ReportingFrequency.Monthly), DueDay = 10, Text = "Báo cáo tháng trước ngày 10" },
    });

    public IEnumerable<PlanTask> PlanTasks() => Range().SelectMany(c => Enumerable.Range(0, TasksPerCommune).Select(t => TaskOf(c, t)));

    /// <summary>Task <paramref name="t"/> of commune <paramref name="c"/>.</summary>
    public PlanTask TaskOf(int c, int t)
    {
        var due = DeadlineParser.Parse(Deadlines[Mix(c, t, 1) % Deadlines.Length], Year);
        var task = new PlanTask
        {
            Id = TaskId(c, t),
            PlanId = PlanId(c),
            Position = t,
            Appendix = "Phụ lục II",
            AppendixTitle = "DANH MỤC NHIỆM VỤ NĂM 2026",
            Section = $"Nhóm nhiệm vụ {(t / 15) + 1}",
            Ordinal = (t + 1).ToString(CultureInfo.InvariantCulture),
            Content = $"Triển khai nhiệm vụ số {t + 1} về chuyển đổi số, số hóa hồ sơ và hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
            Accountable = Mix(c, t, 2) % 4 == 0 ? null : "Trưởng phòng",
            AccountableExpected = true,
            Product = Mix(c, t, 3) % 5 == 0 ? null : $"Báo cáo kết quả nhiệm vụ {t + 1}",
            DueText = string.Empty,
            DueKind = string.Empty,
            SearchKey = string.Empty,
            CreatedAt = Created,
            UpdatedAt = Created,
        };
        PlanMapping.SetDue(task, due);
        task.SearchKey = VietnameseText.Fold($"{task.Ordinal} {task.Content} {OfficeNames[LeadOffice(c, t)]}");
        return task;
    }

    public int LeadOffice(int c, int t) => (t + Mix(c, 0, 9)) % OfficesPerCommune;

    public IEnumerable<TaskUnit> TaskUnits()
    {
        foreach (var c in Range())
        {
            for (var t = 0; t < TasksPerCommune; t++)
            {
                var lead = LeadOffice(c, t);
                var coop = (lead + 1 + (Mix(c, t, 4) % (OfficesPerCommune - 1))) % OfficesPerCommune;
                yield return new TaskUnit { Id = (TaskId(c, t) * 2) - 1, TaskId = TaskId(c, t), Role = TaskUnitRole.Lead, Position = 0, Name = OfficeNames[lead], UnitId = OfficeId(c, lead) };
                yield return new TaskUnit { Id = TaskId(c, t) * 2, TaskId = TaskId(c, t), Role = TaskUnitRole.Cooperating, Position = 0, Name = OfficeNames[coop], UnitId = OfficeId(c, coop) };
            }
        }
    }

    public IEnumerable<TaskBasis> TaskBases() => Range().SelectMany(c => Enumerable.Range(0, TasksPerCommune).Select(t =>
        new TaskBasis { Id = TaskId(c, t), TaskId = TaskId(c, t), Position = 0, Text = Mix(c, t, 5) % 7 == 0 ? "13-TB/CQTT" : "42/KH-UBND" }));

    public IEnumerable<Indicator> Indicators()
    {
        foreach (var c in Range())
        {
            for (var i = 0; i < IndicatorsPerCommune; i++)
            {
                var target = 60 + (Mix(c, i, 6) % 41);
                yield return new Indicator
                {
                    Id = IndicatorId(c, i),
                    PlanId = PlanId(c),
                    Position = i,
                    Appendix = "Phụ lục I",
                    GroupName = i < 10 ? "CHÍNH QUYỀN SỐ" : "XÃ HỘI SỐ",
                    Ordinal = (i + 1).ToString(CultureInfo.InvariantCulture),
                    Name = $"Tỷ lệ hồ sơ thủ tục hành chính nhóm {i + 1} được xử lý trực tuyến toàn trình",
                    Unit = "%",
                    Comparator = nameof(Comparator.AtLeast),
                    TargetValue = target,
                    TargetText = string.Create(CultureInfo.InvariantCulture, $"≥ {target}"),
                    Origin = "Table",
                    SearchKey = VietnameseText.Fold($"{i + 1} tỷ lệ hồ sơ thủ tục hành chính nhóm {i + 1}"),
                };
            }
        }
    }

    public IEnumerable<IndicatorLead> IndicatorLeads() => Range().SelectMany(c => Enumerable.Range(0, IndicatorsPerCommune).Select(i =>
        new IndicatorLead { Id = IndicatorId(c, i), IndicatorId = IndicatorId(c, i), Position = 0, Name = OfficeNames[i % OfficesPerCommune], UnitId = OfficeId(c, i % OfficesPerCommune) }));

    /// <summary>Twelve monthly values per indicator, rising towards the target at a pace that differs by indicator.</summary>
    public IEnumerable<IndicatorValue> IndicatorValues()
    {
        foreach (var c in Range())
        {
            for (var i = 0; i < IndicatorsPerCommune; i++)
            {
                var start = 30 + (Mix(c, i, 7) % 30);
                var pace = 2 + (Mix(c, i, 8) % 6);
                for (var m = 0; m < Months; m++)
                {
                    yield return new IndicatorValue
                    {
                        Id = ((IndicatorId(c, i) - 1) * Months) + m + 1,
                        IndicatorId = IndicatorId(c, i),
                        PeriodKey = string.Create(CultureInfo.InvariantCulture, $"{Year}-M{m + 1:D2}"),
                        Value = Math.Min(100, start + (pace * m)),
                        OfficeId = OfficeId(c, i % OfficesPerCommune),
                        UserName = "bench",
                        At = new DateTimeOffset(Year, m + 1, 14, 3, 0, 0, TimeSpan.Zero),
                        ReportId = ReportId(c, i % OfficesPerCommune, m),
                    };
                }
            }
        }
    }

    /// <summary>
    /// Monthly reports of every office (duty 0, due on the 5th of the next month) and of the commune to the province
    /// (duty 1, due on the 10th): approved for the first nine months, one in ten late; October's submitted, one in eight
    /// still a draft (missing, due 05/11); November and December drafts, not yet due on <see cref="BenchClock.Today"/>.
    /// </summary>
    public IEnumerable<Report> Reports()
    {
        foreach (var c in Range())
        {
            for (var o = 0; o < OfficesPerCommune; o++)
            {
                for (var m = 0; m < Months; m++)
                {
                    yield return Report(ReportId(c, o, m), c, DutyId(c, 0), OfficeId(c, o), m, dueDay: 5, Mix(c, (o * 31) + m, 10));
                }
            }

            for (var m = 0; m < Months; m++)
            {
                yield return Report(CommuneReportId(c, m), c, DutyId(c, 1), CommuneId(c), m, dueDay: 10, Mix(c, 1000 + m, 10));
            }
        }
    }

    private static Report Report(int id, int c, int dutyId, int unitId, int m, int dueDay, int mix)
    {
        var due = new DateOnly(Year, m + 1, 1).AddMonths(1).AddDays(dueDay - 1);
        var late = mix % 10 == 0;
        var state = m < 9 ? ReportState.Approved : m == 9 && mix % 8 != 1 ? ReportState.Submitted : ReportState.Draft;
        var submitted = state == ReportState.Draft ? (DateTimeOffset?)null
            : new DateTimeOffset(due.AddDays(late ? 3 : -2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(2);
        return new Report
        {
            Id = id,
            PlanId = PlanId(c),
            DutyId = dutyId,
            UnitId = unitId,
            Frequency = nameof(ReportingFrequency.Monthly),
            PeriodKey = string.Create(CultureInfo.InvariantCulture, $"{Year}-M{m + 1:D2}"),
            DueDate = due,
            State = state,
            SubmittedAt = submitted,
            FirstSubmittedAt = submitted,
            SubmittedBy = submitted is null ? null : "bench",
            ReviewedAt = state == ReportState.Approved ? submitted!.Value.AddDays(1) : null,
            ReviewedBy = state == ReportState.Approved ? "lanh-dao" : null,
        };
    }

    /// <summary>
    /// Explanation requests: on one task in ten (the lead office is asked; half answered) and on one indicator in ten
    /// (open).
    /// </summary>
    public IEnumerable<ExplanationRequest> ExplanationRequests()
    {
        foreach (var c in Range())
        {
            for (var t = 0; t < TasksPerCommune; t++)
            {
                var mix = Mix(c, t, 12);
                if (mix % 10 != 0)
                {
                    continue;
                }

                var answered = mix % 20 == 0;
                yield return new ExplanationRequest
                {
                    Id = TaskId(c, t),
                    PlanId = PlanId(c),
                    TaskId = TaskId(c, t),
                    OfficeId = OfficeId(c, LeadOffice(c, t)),
                    Question = "Đề nghị giải trình lý do chậm tiến độ và giải pháp khắc phục.",
                    RequestedBy = "lanh-dao",
                    RequestedAt = new DateTimeOffset(Year, 10, 20, 2, 0, 0, TimeSpan.Zero),
                    Answer = answered ? "Do thiếu kinh phí; đã đề xuất bổ sung trong quý IV." : null,
                    AnsweredBy = answered ? "bench" : null,
                    AnsweredAt = answered ? new DateTimeOffset(Year, 10, 25, 2, 0, 0, TimeSpan.Zero) : null,
                };
            }

            for (var i = 0; i < IndicatorsPerCommune; i++)
            {
                if (Mix(c, i, 13) % 10 != 0)
                {
                    continue;
                }

                yield return new ExplanationRequest
                {
                    Id = checked((int)Tasks) + IndicatorId(c, i),
                    PlanId = PlanId(c),
                    IndicatorId = IndicatorId(c, i),
                    OfficeId = OfficeId(c, i % OfficesPerCommune),
                    Question = "Đề nghị giải trình lý do chỉ tiêu chưa đạt tiến độ.",
                    RequestedBy = "lanh-dao",
                    RequestedAt = new DateTimeOffset(Year, 11, 2, 2, 0, 0, TimeSpan.Zero),
                };
            }
        }
    }

    /// <summary>Ten updates per task across the year; some tasks end done (on time or late), the rest in progress.</summary>
    public IEnumerable<TaskUpdate> TaskUpdates() =>
        Range().SelectMany(c => Enumerable.Range(0, TasksPerCommune).SelectMany(t => UpdatesOf(c, t)));

    /// <summary>The updates of task <paramref name="t"/> of commune <paramref name="c"/>, oldest first.</summary>
    public IEnumerable<TaskUpdate> UpdatesOf(int c, int t)
    {
        var doneAt = Mix(c, t, 11) % 3 == 0 ? UpdatesPerTask - 1 : -1;
        var lead = LeadOffice(c, t);
        for (var u = 0; u < UpdatesPerTask; u++)
        {
            var at = new DateTimeOffset(Year, 1 + u, 10, 3, 0, 0, TimeSpan.Zero);
            var done = u == doneAt;
            yield return new TaskUpdate
            {
                Id = checked((int)((((long)TaskId(c, t) - 1) * UpdatesPerTask) + u + 1)),
                TaskId = TaskId(c, t),
                OfficeId = OfficeId(c, lead),
                UserId = "bench",
                UserName = "bench",
                At = at,
                State = done ? TaskProgressState.Done : TaskProgressState.InProgress,
                PercentDone = done ? 100 : Math.Min(95, 10 * (u + 1)),
                CompletedOn = done ? DateOnly.FromDateTime(at.UtcDateTime) : null,
                Result = done ? "Đã hoàn thành theo kế hoạch" : "Đang triển khai",
                Difficulties = !done && u == UpdatesPerTask - 1 && Mix(c, t, 14) % 4 == 0 ? "Thiếu kinh phí và nhân lực có chuyên môn về công nghệ thông tin." : null,
                Proposals = !done && u == UpdatesPerTask - 1 && Mix(c, t, 14) % 4 == 0 ? "Đề nghị UBND tỉnh bổ sung kinh phí và tập huấn cho cán bộ." : null,
                ReportId = ReportId(c, lead, Math.Min(u, Months - 1)),
            };
        }
    }

    /// <summary>
    /// The status of every task on <paramref name="today"/>, computed in memory by the app's own rule from the task and
    /// its generated updates (<see cref="TaskStatuses.Evaluate"/>, <see cref="TaskStatusStore.Snapshot"/>): what the app
    /// would store itself, loaded in bulk so that the first dashboard does not compute 200,000 statuses.
    /// </summary>
    public IEnumerable<TaskStatusSnapshot> StatusSnapshots(DateOnly today, MonitoringSettings settings) =>
        Range().SelectMany(c => Enumerable.Range(0, TasksPerCommune).Select(t =>
        {
            var facts = UpdatesOf(c, t).Select(u => new TaskStatuses.UpdateFact(u.TaskId, u.At, u.State, u.CompletedOn));
            return TaskStatusStore.Snapshot(TaskStatuses.Evaluate(TaskOf(c, t), facts, today, settings), today, settings);
        }));

    /// <summary>
    /// The colour of every indicator on <paramref name="today"/> from its generated values
    /// (<see cref="IndicatorColourStore.Snapshot"/>): what the app would keep itself, loaded in bulk as the statuses are.
    /// </summary>
    public IEnumerable<IndicatorColourSnapshot> ColourSnapshots(DateOnly today, MonitoringSettings settings) =>
        Indicators().Zip(IndicatorValues().Chunk(Months), (indicator, values) => IndicatorColourStore.Snapshot(indicator, values, Year, today, settings.CutOffDay));

    private IEnumerable<int> Range() => Enumerable.Range(0, Size.Communes);

    private static Unit Unit(int id, int? parent, UnitKind kind, string name, int order) => new()
    {
        Id = id,
        ParentId = parent,
        Kind = kind,
        Name = name,
        NameKey = Core.Plans.OfficeNames.Key(name),
        SortOrder = order,
        CreatedAt = Created,
    };

    /// <summary>A well-mixed non-negative number from (commune, item, salt) and the seed: the generator's only randomness.</summary>
    private int Mix(int c, int item, int salt)
    {
        var x = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)(uint)c << 32 | (uint)item) ^ ((ulong)(uint)salt * 0xBF58476D1CE4E5B9UL);
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return (int)(x & 0x7FFFFFFF);
    }
}

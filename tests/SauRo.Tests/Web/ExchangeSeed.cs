using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Import;
using SauRo.Features.Monitoring;

namespace SauRo.Tests.Web;

/// <summary>
/// A commune whose plan holds every kind of fact the exchange carries, judged on the fixtures' day (22/11/2026): tasks
/// done on time, done late, overdue, overdue by an adjusted deadline, due soon, in progress, recurring and with a
/// deadline that is not understood; progress updates (one with an attachment), indicator values (a value and a ratio),
/// the two usual reporting duties and two reports, lead and cooperating offices including a group name.
/// </summary>
public static partial class ExchangeSeed
{
    public const string PlanNumber = "07/KH-BCĐ";

    public sealed record World(Unit Province, Unit Commune, List<Unit> Offices, int PlanId, int OfficeReportId);

    public static DateTimeOffset Vietnam(int month, int day, int hour = 9) =>
        new DateTimeOffset(2026, month, day, hour, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();

    public static async Task<World> BuildAsync(WebAppFixture app, string? communeName = null)
    {
        var (province, commune, offices) = await app.NewCommuneAsync(communeName);
        var culture = offices[0];
        var centre = offices[2];
        var police = offices[3];
        var economy = offices[4];
        return await app.WithDbAsync(async db =>
        {
            var created = Vietnam(3, 20, 10);
            var plan = new Plan
            {
                UnitId = commune.Id,
                Number = PlanNumber,
                NumberText = PlanNumber,
                Title = $"Kế hoạch chuyển đổi số {commune.Name} năm 2026",
                IssuedOn = "2026-03-20",
                Issuer = "Ban Chỉ đạo xã",
                Signer = "Nguyễn Văn A",
                SignerRole = "Trưởng ban",
                Year = 2026,
                SearchKey = string.Empty,
                CreatedAt = created,
                UpdatedAt = created,
            };
            plan.Bases.Add(new PlanBasis { Position = 0, Text = "Kế hoạch số 35/KH-UBND của UBND tỉnh" });
            plan.SearchKey = PlanMapping.PlanSearchKey(plan);
            plan.ReportingDuties.Add(new PlanReportingDuty
            {
                FromParty = nameof(ReportingParty.Offices), ToText = "Phòng Văn hóa - Xã hội", Frequency = nameof(ReportingFrequency.Monthly), DueDay = 5,
                Text = "Báo cáo tháng trước ngày 05",
            });
            plan.ReportingDuties.Add(new PlanReportingDuty
            {
                FromParty = nameof(ReportingParty.Commune), ToText = "Sở Khoa học và Công nghệ", Frequency = nameof(ReportingFrequency.Monthly), DueDay = 10,
                Text = "Báo cáo tháng trước ngày 10",
            });
            var ratio = Indicator(0, "Tỷ lệ hồ sơ thủ tục hành chính được số hóa", "≥ 80", Comparator.AtLeast, 80, "%", centre);
            var wifi = Indicator(1, "Số thôn có điểm wifi công cộng", "10", Comparator.Exactly, 10, "thôn", economy);
            plan.Indicators.AddRange([ratio, wifi]);
            PlanTask NewTask(int n, string content, string due, Unit lead, params string[] cooperating)
            {
                var task = new PlanTask
                {
                    Position = n,
                    Appendix = "Phụ lục II",
                    AppendixTitle = "Danh mục nhiệm vụ",
                    Section = n < 4 ? "I. Hạ tầng số" : "II. Dữ liệu số",
                    Ordinal = (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Content = content,
                    Accountable = "Trưởng phòng",
                    AccountableExpected = true,
                    Product = "Báo cáo kết quả",
                    DueText = string.Empty,
                    DueKind = string.Empty,
                    SearchKey = string.Empty,
                    CreatedAt = created,
                    UpdatedAt = created,
                };
                PlanMapping.SetDue(task, DeadlineParser.Parse(due, 2026));
                task.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = lead.Name, UnitId = lead.Id });
                task.Units.AddRange(cooperating.Select((name, i) => new TaskUnit
                {
                    Role = TaskUnitRole.Cooperating, Position = i, Name = name, UnitId = offices.FirstOrDefault(o => o.Name == name)?.Id,
                }));
                task.Bases.Add(new TaskBasis { Position = 0, Text = "Kế hoạch số 35/KH-UBND" });
                task.SearchKey = PlanMapping.TaskSearchKey(task);
                return task;
            }

            var onTime = NewTask(0, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Quý III/2026", centre, culture.Name, "Các cơ quan, đơn vị");
            var late = NewTask(1, "Lắp đặt điểm wifi công cộng tại nhà văn hóa thôn", "Quý III/2026", economy);
            var overdue = NewTask(2, "Làm sạch dữ liệu dân cư trên địa bàn", "Quý III/2026", police);
            var adjusted = NewTask(3, "Triển khai thanh toán không dùng tiền mặt tại chợ", "Quý IV/2026", economy, centre.Name);
            PlanMapping.SetAdjustedDue(adjusted, DeadlineParser.Parse("Quý III/2026", 2026));
            var dueSoon = NewTask(4, "Tổ chức tập huấn kỹ năng số cho người dân", "Trước ngày 25/11/2026", culture);
            var inProgress = NewTask(5, "Xây dựng kho dữ liệu dùng chung của xã", "Quý IV/2026", culture);
            var monthly = NewTask(6, "Tuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh", "Hằng tháng", culture);
            var unknown = NewTask(7, "Rà soát, đề xuất điều chỉnh nhiệm vụ", "Theo tiến độ của tỉnh", culture);
            plan.Tasks.AddRange([onTime, late, overdue, adjusted, dueSoon, inProgress, monthly, unknown]);
            db.Plans.Add(plan);
            await db.SaveChangesAsync();

            var officeDuty = plan.ReportingDuties.Single(d => d.FromParty == nameof(ReportingParty.Offices));
            var communeDuty = plan.ReportingDuties.Single(d => d.FromParty == nameof(ReportingParty.Commune));
            var officeReport = new Report
            {
                PlanId = plan.Id, DutyId = officeDuty.Id, UnitId = centre.Id, Frequency = nameof(ReportingFrequency.Monthly), PeriodKey = "2026-M10",
                DueDate = new DateOnly(2026, 11, 5), State = ReportState.Approved, SubmittedAt = Vietnam(11, 3), FirstSubmittedAt = Vietnam(11, 3),
                SubmittedBy = "ttpvhcc", ReviewedAt = Vietnam(11, 4, 14), ReviewedBy = "chu-tich",
            };
            var communeReport = new Report
            {
                PlanId = plan.Id, DutyId = communeDuty.Id, UnitId = commune.Id, Frequency = nameof(ReportingFrequency.Monthly), PeriodKey = "2026-M10",
                DueDate = new DateOnly(2026, 11, 10), State = ReportState.Submitted, SubmittedAt = Vietnam(11, 9), FirstSubmittedAt = Vietnam(11, 9),
                SubmittedBy = "vhxh", Summary = "Báo cáo tháng 10 của xã",
            };
            db.Reports.AddRange(officeReport, communeReport);
            var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 báo cáo số hóa");
            var attachment = new Attachment
            {
                FileName = "bao-cao-so-hoa.pdf", ContentType = "application/pdf", Size = pdf.Length, Sha256 = "00", Content = pdf,
                UploadedAt = Vietnam(9, 25, 16), UploadedBy = "ttpvhcc", UnitId = commune.Id,
            };
            db.Attachments.Add(attachment);
            await db.SaveChangesAsync();

            db.TaskUpdates.AddRange(
                Update(onTime, centre, Vietnam(9, 25, 16), TaskProgressState.Done, 100, new DateOnly(2026, 9, 25), attachment.Id, officeReport.Id),
                Update(late, economy, Vietnam(10, 3), TaskProgressState.Done, 100, new DateOnly(2026, 10, 3)),
                Update(overdue, police, Vietnam(8, 10), TaskProgressState.InProgress, 40, null),
                Update(inProgress, culture, Vietnam(11, 10), TaskProgressState.InProgress, 60, null),
                Update(monthly, culture, Vietnam(11, 12), TaskProgressState.InProgress, 0, null));
            db.IndicatorValues.AddRange(
                new IndicatorValue { IndicatorId = ratio.Id, PeriodKey = "2026-M10", Value = 72.5m, OfficeId = centre.Id, UserName = "ttpvhcc", At = Vietnam(10, 12), ReportId = officeReport.Id },
                new IndicatorValue { IndicatorId = ratio.Id, PeriodKey = "2026-M11", Numerator = 145, Denominator = 180, Note = "Tháng 11", UserName = "vhxh", At = Vietnam(11, 13) });
            await db.SaveChangesAsync();
            return new World(province, commune, offices, plan.Id, officeReport.Id);
        });
    }

    /// <summary>The tasks of the commune (or of every commune of the province) by status today, as the app computes them.</summary>
    public static Task<Dictionary<PlanTaskStatus, int>> StatusesAsync(WebAppFixture app, int? communeId = null, int? provinceId = null) => app.WithDbAsync(async db =>
    {
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => communeId != null ? t.Plan!.UnitId == communeId : db.Units.Any(u => u.Id == t.Plan!.UnitId && u.ParentId == provinceId))
            .ToListAsync();
        var statuses = await TaskStatuses.ForTasksAsync(db, tasks, VietnamTime.Today(app.Clock), app.Services.GetRequiredService<MonitoringSettings>(), CancellationToken.None);
        return statuses.Values.GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count());
    });

    /// <summary>Rows of every table an import writes (and the audit trail), to assert that a refusal writes nothing.</summary>
    public static Task<Dictionary<string, int>> CountsAsync(WebAppFixture app) => app.WithDbAsync(async db => new Dictionary<string, int>
    {
        ["units"] = await db.Units.CountAsync(),
        ["plans"] = await db.Plans.CountAsync(),
        ["planImports"] = await db.PlanImports.CountAsync(),
        ["duties"] = await db.PlanReportingDuties.CountAsync(),
        ["indicators"] = await db.Indicators.CountAsync(),
        ["leads"] = await db.IndicatorLeads.CountAsync(),
        ["values"] = await db.IndicatorValues.CountAsync(),
        ["tasks"] = await db.Tasks.CountAsync(),
        ["taskUnits"] = await db.TaskUnits.CountAsync(),
        ["updates"] = await db.TaskUpdates.CountAsync(),
        ["reports"] = await db.Reports.CountAsync(),
        ["pending"] = await db.PendingImports.CountAsync(),
        ["audit"] = await db.AuditEntries.CountAsync(),
    });

    /// <summary>The commune's exchange file as the API gives it to <paramref name="client"/>.</summary>
    public static async Task<byte[]> ExportAsync(HttpClient client, int communeId)
    {
        var response = await client.GetAsync($"/api/v1/exchange/communes/{communeId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Uploads a file on /Exchange/Import; returns the response (a redirect to the preview when read).</summary>
    public static Task<HttpResponseMessage> UploadAsync(HttpClient client, int provinceId, byte[] content, string fileName = "trao-doi.json")
    {
        var form = new MultipartFormDataContent { { new StringContent($"{provinceId}"), "ProvinceId" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "File", fileName);
        return WebAppFixture.PostMultipartAsync(client, "/Exchange/Import", form);
    }

    /// <summary>Uploads, opens the preview, confirms; returns the preview's HTML and the confirmation's response.</summary>
    public static async Task<(string Preview, HttpResponseMessage Confirmed)> ImportAsync(HttpClient client, int provinceId, byte[] content)
    {
        var upload = await UploadAsync(client, provinceId, content);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect, await upload.Content.ReadAsStringAsync());
        var previewUrl = upload.Headers.Location!.OriginalString;
        previewUrl.ShouldStartWith("/Exchange/Preview/");
        var html = await client.GetStringAsync(previewUrl);
        var confirmed = await WebAppFixture.PostFormAsync(client, $"{previewUrl}?handler=Confirm", [], previewUrl);
        return (html, confirmed);
    }

    /// <summary>The number shown with data-count="<paramref name="name"/>" on a preview.</summary>
    public static int Count(string html, string name)
    {
        var m = Regex.Match(html, $"data-count=\"{name}\">(\\d+)<");
        m.Success.ShouldBeTrue(name);
        return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A new instance of the app on a new database of the same provider (the province's own system).</summary>
    public static async Task<WebAppFixture> SecondInstanceAsync(WebAppFixture app)
    {
        WebAppFixture second = app is PostgresWebApp ? new PostgresWebApp() : new SqliteWebApp();
        await second.InitializeAsync();
        return second;
    }

    /// <summary>A province with exactly this name in <paramref name="app"/>'s database.</summary>
    public static Task<Unit> NewProvinceAsync(WebAppFixture app, string name) => app.WithDbAsync(async db =>
    {
        var province = new Unit { Name = name, NameKey = OfficeNames.Key(name), Kind = UnitKind.Province, CreatedAt = app.Clock.GetUtcNow() };
        db.Units.Add(province);
        await db.SaveChangesAsync();
        return province;
    });

    private static Indicator Indicator(int position, string name, string target, Comparator comparator, decimal value, string unit, Unit lead)
    {
        var indicator = new Indicator
        {
            Position = position, Appendix = "Phụ lục I", Ordinal = $"{position + 1}", Name = name, Unit = unit, Comparator = comparator.ToString(),
            TargetValue = value, TargetText = target, Origin = "Table", SearchKey = string.Empty,
        };
        indicator.Leads.Add(new IndicatorLead { Position = 0, Name = lead.Name, UnitId = lead.Id });
        indicator.SearchKey = PlanMapping.IndicatorSearchKey(indicator);
        return indicator;
    }

    private static TaskUpdate Update(PlanTask task, Unit office, DateTimeOffset at, TaskProgressState state, int percent, DateOnly? completedOn, int? attachmentId = null, int? reportId = null) => new()
    {
        TaskId = task.Id,
        OfficeId = office.Id,
        UserId = "seed",
        UserName = "can-bo-" + office.Id,
        At = at,
        State = state,
        PercentDone = percent,
        CompletedOn = completedOn,
        Result = state == TaskProgressState.Done ? "Đã hoàn thành" : "Đang triển khai",
        EvidenceNumber = state == TaskProgressState.Done ? "45/BC-UBND" : null,
        EvidenceDate = completedOn,
        Difficulties = state == TaskProgressState.Done ? null : "Thiếu kinh phí",
        Proposals = state == TaskProgressState.Done ? null : "Đề nghị tỉnh hỗ trợ",
        AttachmentId = attachmentId,
        ReportId = reportId,
    };
}

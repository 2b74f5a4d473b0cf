using System.Net;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Import;

namespace SauRo.Tests.Web;

/// <summary>
/// A commune to report on, as of <see cref="Today"/> (12/11/2026) for October 2026 (data 15/09–14/10):
/// six tasks — two overdue (one with difficulties reported in the period, one with an explanation answered), one done
/// on time with its evidence, one done late, two in progress (one due in November); four indicators — green (85 ≥ 80),
/// red (40 → 45 towards 90), orange (50 → 85 towards 100), grey (no value); the offices report monthly before the 5th
/// and the commune before the 10th: Phòng Văn hóa - Xã hội submitted on time, Phòng Kinh tế late, the rest missing.
/// </summary>
public static class ReportFileSeed
{
    public const string Period = "2026-M10";
    public const string PlanTitle = "Phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 năm 2026";
    public const string Digitise = "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực";
    public const string Team = "Kiện toàn Tổ công nghệ số cộng đồng ở các thôn";
    public const string Publicise = "Ban hành kế hoạch tuyên truyền về chuyển đổi số";
    public const string Cashless = "Triển khai thanh toán không dùng tiền mặt tại chợ xã";
    public const string Population = "Cập nhật, làm sạch dữ liệu dân cư";
    public const string Assess = "Đánh giá mức độ chuyển đổi số của xã";

    public static readonly DateTimeOffset Today = ReportSeed.Vietnam(2026, 11, 12);

    public sealed record World(Unit Province, Unit Commune, Dictionary<string, Unit> Offices, int PlanId, Dictionary<string, int> Tasks);

    public static async Task<World> BuildAsync(WebAppFixture app, string? communeName = null)
    {
        app.Clock.Set(Today);
        var (province, commune, offices) = await app.NewCommuneAsync(communeName ?? "Xã An Bình");
        var office = offices.ToDictionary(o => o.Name);
        return await app.WithDbAsync(async db =>
        {
            var created = ReportSeed.Vietnam(2026, 3, 20);
            var plan = new Plan
            {
                UnitId = commune.Id, Number = "15/KH-UBND", Title = PlanTitle, IssuedOn = "2026-03-20", Year = 2026,
                Signer = "Trần Minh Khôi", SignerRole = "CHỦ TỊCH", SearchKey = string.Empty, CreatedAt = created, UpdatedAt = created,
            };
            plan.SearchKey = PlanMapping.PlanSearchKey(plan);
            var tasks = new (string Content, string Due, string Office)[]
            {
                (Digitise, "Trước ngày 30/9/2026", "Trung tâm Phục vụ hành chính công"),
                (Team, "Tháng 8/2026", "Phòng Văn hóa - Xã hội"),
                (Publicise, "Trước ngày 30/6/2026", "Phòng Văn hóa - Xã hội"),
                (Cashless, "Trước ngày 31/7/2026", "Phòng Kinh tế"),
                (Population, "Trước ngày 30/11/2026", "Công an xã"),
                (Assess, "Quý IV/2026", "Văn phòng HĐND và UBND xã"),
            };
            for (var i = 0; i < tasks.Length; i++)
            {
                var t = new PlanTask
                {
                    Position = i, Appendix = "Phụ lục II", Ordinal = $"{i + 1}", Content = tasks[i].Content, Product = "Báo cáo",
                    DueText = string.Empty, DueKind = string.Empty, SearchKey = string.Empty, CreatedAt = created, UpdatedAt = created,
                };
                PlanMapping.SetDue(t, DeadlineParser.Parse(tasks[i].Due, 2026));
                t.Units.Add(new TaskUnit { Role = TaskUnitRole.Lead, Position = 0, Name = tasks[i].Office, UnitId = office[tasks[i].Office].Id });
                t.SearchKey = PlanMapping.TaskSearchKey(t);
                plan.Tasks.Add(t);
            }

            var indicators = new (string Name, string Unit, Comparator Comparator, decimal Target)[]
            {
                ("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", "%", Comparator.AtLeast, 80),
                ("Tỷ lệ người dân có tài khoản định danh điện tử mức độ 2", "%", Comparator.AtLeast, 90),
                ("Tỷ lệ văn bản đi được ký số", "%", Comparator.AtLeast, 100),
                ("Số hộ gia đình được gắn địa chỉ số", "hộ", Comparator.Exactly, 1250),
            };
            for (var i = 0; i < indicators.Length; i++)
            {
                var (name, unit, comparator, target) = indicators[i];
                var indicator = new Indicator
                {
                    Position = i, Appendix = "Phụ lục I", Ordinal = $"{i + 1}", Name = name, Unit = unit, Comparator = comparator.ToString(),
                    TargetValue = target, Origin = "Table", SearchKey = string.Empty,
                };
                indicator.Leads.Add(new IndicatorLead { Position = 0, Name = "Phòng Văn hóa - Xã hội", UnitId = office["Phòng Văn hóa - Xã hội"].Id });
                indicator.SearchKey = PlanMapping.IndicatorSearchKey(indicator);
                plan.Indicators.Add(indicator);
            }

            plan.ReportingDuties.Add(new PlanReportingDuty
            {
                FromParty = nameof(ReportingParty.Offices), ToText = "Phòng Văn hóa - Xã hội", Frequency = nameof(ReportingFrequency.Monthly), DueDay = 5, Text = "Báo cáo tháng trước ngày 05",
            });
            plan.ReportingDuties.Add(new PlanReportingDuty
            {
                FromParty = nameof(ReportingParty.Commune), ToText = "Sở Khoa học và Công nghệ", Frequency = nameof(ReportingFrequency.Monthly), DueDay = 10, Text = "Báo cáo tháng trước ngày 10",
            });
            db.Plans.Add(plan);
            await db.SaveChangesAsync();

            var ids = plan.Tasks.ToDictionary(t => t.Content, t => t.Id);
            var ind = plan.Indicators.OrderBy(i => i.Position).Select(i => i.Id).ToList();
            TaskUpdate Update(
                string task, string officeName, DateTimeOffset at, TaskProgressState state, int percent,
                string? difficulties = null, string? proposals = null, DateOnly? completedOn = null, string? result = null, string? evidence = null) => new()
            {
                TaskId = ids[task], OfficeId = office[officeName].Id, UserId = "seed", UserName = "seed", At = at, State = state, PercentDone = percent,
                Difficulties = difficulties, Proposals = proposals, CompletedOn = completedOn, Result = result,
                EvidenceNumber = evidence, EvidenceDate = evidence is null ? null : completedOn,
            };
            db.TaskUpdates.AddRange(
                Update(Digitise, "Trung tâm Phục vụ hành chính công", ReportSeed.Vietnam(2026, 10, 1), TaskProgressState.InProgress, 60,
                    difficulties: "Thiếu máy quét tài liệu", proposals: "Đề nghị UBND xã bổ sung 02 máy quét"),
                Update(Team, "Phòng Văn hóa - Xã hội", ReportSeed.Vietnam(2026, 9, 10), TaskProgressState.InProgress, 30, difficulties: "Thiếu người tham gia"),
                Update(Publicise, "Phòng Văn hóa - Xã hội", ReportSeed.Vietnam(2026, 6, 20), TaskProgressState.Done, 100,
                    completedOn: new DateOnly(2026, 6, 20), result: "Đã ban hành Kế hoạch tuyên truyền", evidence: "45/KH-UBND"),
                Update(Cashless, "Phòng Kinh tế", ReportSeed.Vietnam(2026, 8, 10), TaskProgressState.Done, 100, completedOn: new DateOnly(2026, 8, 10), result: "Chợ xã đã có mã QR"),
                Update(Population, "Công an xã", ReportSeed.Vietnam(2026, 10, 5), TaskProgressState.InProgress, 70, proposals: "Đề nghị tập huấn VNeID cho các thôn"));
            db.ExplanationRequests.Add(new ExplanationRequest
            {
                PlanId = plan.Id, TaskId = ids[Team], OfficeId = office["Phòng Văn hóa - Xã hội"].Id, Question = "Vì sao chậm?", RequestedBy = "lanh-dao",
                RequestedAt = ReportSeed.Vietnam(2026, 10, 15), Answer = "Chờ các thôn gửi danh sách thành viên", AnsweredBy = "vhxh", AnsweredAt = ReportSeed.Vietnam(2026, 10, 20),
            });
            IndicatorValue Value(int indicator, string period, decimal value) => new()
            {
                IndicatorId = ind[indicator], PeriodKey = period, Value = value, UserName = "seed", At = ReportSeed.Vietnam(2026, 10, 14),
            };
            db.IndicatorValues.AddRange(Value(0, "2026-M10", 85), Value(1, "2026-M04", 40), Value(1, "2026-M10", 45), Value(2, "2026-M01", 50), Value(2, "2026-M10", 85));
            var officesDuty = plan.ReportingDuties.Single(d => d.FromParty == nameof(ReportingParty.Offices)).Id;
            Report Submitted(string officeName, DateTimeOffset at) => new()
            {
                PlanId = plan.Id, DutyId = officesDuty, UnitId = office[officeName].Id, Frequency = nameof(ReportingFrequency.Monthly), PeriodKey = Period,
                DueDate = new DateOnly(2026, 11, 5), State = ReportState.Submitted, FirstSubmittedAt = at, SubmittedAt = at, SubmittedBy = "seed",
            };
            db.Reports.AddRange(Submitted("Phòng Văn hóa - Xã hội", ReportSeed.Vietnam(2026, 11, 4)), Submitted("Phòng Kinh tế", ReportSeed.Vietnam(2026, 11, 7)));
            await db.SaveChangesAsync();
            return new World(province, commune, office, plan.Id, ids);
        });
    }

    /// <summary>A leader of the commune, signed in.</summary>
    public static async Task<HttpClient> LeaderAsync(WebAppFixture app, World w) => await ReportSeed.ClientAsync(app, Roles.Leader, w.Commune.Id);

    /// <summary>Downloads a report file through the page and checks the answer is the file.</summary>
    public static async Task<(byte[] Content, HttpResponseMessage Response)> DownloadAsync(HttpClient client, int unitId, string handler, string period = Period)
    {
        var response = await client.GetAsync($"/ReportFiles?unitId={unitId}&period={period}&handler={handler}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadAsByteArrayAsync(), response);
    }
}

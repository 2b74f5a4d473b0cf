using System.Globalization;
using SauRo.Core.Monitoring;
using SauRo.Core.Plans;
using SauRo.Core.Text;

namespace SauRo.Core.Exchange;

/// <summary>
/// The rules across fields of an exchange document, after each field was read: no two plans with the same number and
/// year, ids unique in their list, references to reports that exist, period keys that parse, one value per indicator
/// and period, one report per office and period with the reporting duty it answers, deadlines that do not end before
/// they start, an export that is not from the future, a bounded number of office names.
/// </summary>
public static class ExchangeValidator
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>How far ahead of the receiving clock an export may claim to be (clocks differ).</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromDays(1);

    /// <summary>Checks <paramref name="doc"/>; returns the refusals (empty when it may be imported).</summary>
    public static IReadOnlyList<ExchangeError> Validate(ExchangeDocument doc, DateTimeOffset now)
    {
        var errors = new ExchangeErrors();
        Validate(doc, now, errors);
        return errors.List;
    }

    /// <summary>
    /// Which plan of a commune a plan is: its number (folded) and year, or, while it has no number, its title and year.
    /// An import replaces the stored plan with the same key.
    /// </summary>
    public static string PlanKey(string? number, string title, int? year) =>
        number is { Length: > 0 }
            ? $"so:{VietnameseText.Fold(number)}|{year?.ToString(CultureInfo.InvariantCulture)}"
            : $"tieu-de:{VietnameseText.Fold(title)}|{year?.ToString(CultureInfo.InvariantCulture)}";

    public static string PlanKey(ExchangePlan plan) => PlanKey(plan.Number, plan.Title, plan.Year);

    /// <summary>"số 07/KH-BCĐ năm 2026" or "«Kế hoạch…» năm 2026": a plan as messages name it.</summary>
    public static string Describe(ExchangePlan plan) =>
        (plan.Number is { } n ? $"số {n}" : $"«{plan.Title}»") + (plan.Year is { } y ? $" năm {y.ToString(CultureInfo.InvariantCulture)}" : string.Empty);

    internal static void Validate(ExchangeDocument doc, DateTimeOffset now, ExchangeErrors errors)
    {
        if (doc.ExportedAt > now + ClockTolerance)
        {
            errors.Add("exportedAt", $"thời điểm xuất {ExchangeJson.Instant(doc.ExportedAt)} ở tương lai; hãy kiểm tra đồng hồ của máy xuất tệp.");
        }

        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new Ids(errors, "mã kế hoạch");
        var offices = new HashSet<string>(StringComparer.Ordinal);
        for (var p = 0; p < doc.Plans.Count; p++)
        {
            var plan = doc.Plans[p];
            var path = Path("plans", p);
            ids.Add(plan.Id, path);
            if (!keys.TryAdd(PlanKey(plan), p))
            {
                errors.Add(path, $"trùng kế hoạch {Describe(plan)} với {Path("plans", keys[PlanKey(plan)])}: mỗi kế hoạch chỉ ghi một lần.");
            }

            ValidatePlan(plan, path, errors);
            offices.UnionWith(OfficeNamesOf(plan).Select(OfficeNames.Key));
        }

        if (offices.Count > ExchangeLimits.MaxOffices)
        {
            errors.Add("plans", string.Create(Vietnamese,
                $"tệp nêu {offices.Count:N0} tên cơ quan khác nhau; tối đa {ExchangeLimits.MaxOffices:N0} (mỗi tên có thể thành một cơ quan của xã)."));
        }
    }

    /// <summary>Every office name a plan uses: leads, cooperating offices, offices of updates, values and reports.</summary>
    public static IEnumerable<string> OfficeNamesOf(ExchangePlan plan) =>
        plan.Tasks.SelectMany(t => t.Lead.Concat(t.Cooperating).Concat(t.Updates.Select(u => u.Office).OfType<string>()))
            .Concat(plan.Indicators.SelectMany(i => i.Lead.Concat(i.Values.Select(v => v.Office).OfType<string>())))
            .Concat(plan.Reports.Select(r => r.Office).OfType<string>());

    private static void ValidatePlan(ExchangePlan plan, string path, ExchangeErrors errors)
    {
        var duties = new Dictionary<(ReportingParty, ReportingFrequency), int>();
        for (var d = 0; d < plan.Reporting.Count; d++)
        {
            var duty = plan.Reporting[d];
            if (!duties.TryAdd((duty.From, duty.Frequency), d))
            {
                errors.Add(Path($"{path}.reporting", d), $"trùng chế độ báo cáo ({ExchangeNames.Parties.Name(duty.From)}, {ExchangeNames.Frequencies.Name(duty.Frequency)}) với {Path($"{path}.reporting", duties[(duty.From, duty.Frequency)])}.");
            }
        }

        var reportIds = new Ids(errors, "mã báo cáo");
        var reported = new Dictionary<(string Office, string Period), int>();
        for (var r = 0; r < plan.Reports.Count; r++)
        {
            var report = plan.Reports[r];
            var at = Path($"{path}.reports", r);
            reportIds.Add(report.Id, at);
            if (!Period(report.Period, $"{at}.period", errors, out var period))
            {
                continue;
            }

            var party = report.Office is null ? ReportingParty.Commune : ReportingParty.Offices;
            if (!duties.ContainsKey((party, period.Frequency)))
            {
                errors.Add(at, $"kế hoạch không có chế độ báo cáo {ExchangeNames.Frequencies.Name(period.Frequency)} của "
                    + (party == ReportingParty.Commune ? "xã/phường (from: commune)" : "các cơ quan (from: offices)")
                    + " mà báo cáo này thực hiện; hãy thêm nó vào reporting.");
            }

            var key = (report.Office is null ? string.Empty : OfficeNames.Key(report.Office), period.Key);
            if (!reported.TryAdd(key, r))
            {
                errors.Add(at, $"trùng báo cáo kỳ {period.Key} của {report.Office ?? "xã/phường"} với {Path($"{path}.reports", reported[key])}.");
            }

            if (report.State != ExchangeReportState.Draft && report.SubmittedAt is null)
            {
                errors.Add($"{at}.submittedAt", "báo cáo đã nộp (state khác draft) phải có thời điểm nộp.");
            }
        }

        var indicatorIds = new Ids(errors, "mã chỉ tiêu");
        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            var indicator = plan.Indicators[i];
            var at = Path($"{path}.indicators", i);
            indicatorIds.Add(indicator.Id, at);
            var periods = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var v = 0; v < indicator.Values.Count; v++)
            {
                var value = indicator.Values[v];
                var valueAt = Path($"{at}.values", v);
                if (Period(value.Period, $"{valueAt}.period", errors, out var period) && !periods.TryAdd(period.Key, v))
                {
                    errors.Add($"{valueAt}.period", $"kỳ {period.Key} đã có giá trị ở {Path($"{at}.values", periods[period.Key])}: mỗi kỳ một giá trị.");
                }

                if (value.Value is null && (value.Numerator is null || value.Denominator is null))
                {
                    errors.Add(valueAt, "thiếu giá trị: ghi value, hoặc cả numerator và denominator.");
                }
                else if ((value.Numerator is null) != (value.Denominator is null))
                {
                    errors.Add(valueAt, "tử số (numerator) và mẫu số (denominator) phải ghi cùng nhau.");
                }

                if (value.Denominator is <= 0)
                {
                    errors.Add($"{valueAt}.denominator", "mẫu số phải lớn hơn 0.");
                }

                Reference(value.Report, reportIds, $"{valueAt}.report", errors);
            }
        }

        var taskIds = new Ids(errors, "mã nhiệm vụ");
        var updateIds = new Ids(errors, "mã cập nhật");
        for (var t = 0; t < plan.Tasks.Count; t++)
        {
            var task = plan.Tasks[t];
            var at = Path($"{path}.tasks", t);
            taskIds.Add(task.Id, at);
            Deadline(task.Due, $"{at}.due", errors);
            Deadline(task.AdjustedDue, $"{at}.adjustedDue", errors);
            for (var u = 0; u < task.Updates.Count; u++)
            {
                var update = task.Updates[u];
                var updateAt = Path($"{at}.updates", u);
                updateIds.Add(update.Id, updateAt);
                Reference(update.Report, reportIds, $"{updateAt}.report", errors);
            }
        }
    }

    private static bool Period(string key, string path, ExchangeErrors errors, out ReportingPeriod period)
    {
        if (ReportingPeriod.TryParse(key, out period) && period.Year is >= 1900 and <= 2200)
        {
            return true;
        }

        errors.Add(path, $"kỳ «{key}» không hợp lệ; kỳ viết dạng 2026-M04 (tháng), 2026-Q2 (quý), 2026-H1 (6 tháng) hoặc 2026-Y (năm).");
        return false;
    }

    private static void Deadline(ExchangeDeadline? deadline, string path, ExchangeErrors errors)
    {
        if (deadline is { Start: { } start, End: { } end } && end < start)
        {
            errors.Add(path, $"ngày hết hạn {ExchangeJson.Date(end)} trước ngày bắt đầu {ExchangeJson.Date(start)}.");
        }
    }

    private static void Reference(string? id, Ids reports, string path, ExchangeErrors errors)
    {
        if (id is not null && !reports.Contains(id))
        {
            errors.Add(path, $"không có báo cáo mã «{id}» trong reports của kế hoạch.");
        }
    }

    private static string Path(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    /// <summary>The ids of one list: each at most once.</summary>
    private sealed class Ids(ExchangeErrors errors, string label)
    {
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);

        public void Add(string? id, string path)
        {
            if (id is null)
            {
                return;
            }

            if (!_seen.TryAdd(id, path))
            {
                errors.Add($"{path}.id", $"trùng {label} «{id}» với {_seen[id]}.");
            }
        }

        public bool Contains(string id) => _seen.ContainsKey(id);
    }
}

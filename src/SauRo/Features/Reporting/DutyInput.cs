using System.Globalization;
using SauRo.Core.Plans;
using SauRo.Core.Text;
using SauRo.Data.Entities;
using SauRo.Features.Plans;

namespace SauRo.Features.Reporting;

/// <summary>
/// A reporting duty as typed in the form: who reports (the offices, or the commune), to whom, how often, the due day
/// (and month for a yearly report due on a fixed date), and its wording.
/// </summary>
public sealed class DutyInput
{
    public const int MaxToLength = 300;

    public const int MaxTextLength = 1000;

    public string? FromParty { get; set; }

    public string? ToText { get; set; }

    public string? Frequency { get; set; }

    public string? DueDay { get; set; }

    public string? DueMonth { get; set; }

    public string? Text { get; set; }

    public static DutyInput From(PlanReportingDuty duty)
    {
        ArgumentNullException.ThrowIfNull(duty);
        return new DutyInput
        {
            FromParty = duty.FromParty,
            ToText = duty.ToText,
            Frequency = duty.Frequency,
            DueDay = duty.DueDay.ToString(CultureInfo.InvariantCulture),
            DueMonth = duty.DueMonth?.ToString(CultureInfo.InvariantCulture),
            Text = duty.Text,
        };
    }

    /// <summary>
    /// Writes the form into <paramref name="duty"/> when it is acceptable; otherwise reports each problem against its
    /// field ("Input.DueDay"…) and returns false. <paramref name="others"/> are the plan's other duties (one duty per
    /// party and frequency); <paramref name="hasReports"/> forbids changing the party or frequency of a duty reports
    /// were filed under.
    /// </summary>
    public bool TryApply(PlanReportingDuty duty, IReadOnlyList<PlanReportingDuty> others, bool hasReports, Action<string, string> error)
    {
        ArgumentNullException.ThrowIfNull(duty);
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(error);
        var ok = true;
        void Fail(string field, string message)
        {
            error($"Input.{field}", message);
            ok = false;
        }

        var party = DutyText.Party(FromParty);
        if (party is null)
        {
            Fail(nameof(FromParty), "Hãy chọn bên báo cáo.");
        }

        var frequency = DutyText.Frequency(Frequency);
        if (frequency is null)
        {
            Fail(nameof(Frequency), "Hãy chọn tần suất báo cáo.");
        }

        int? day = null;
        if (string.IsNullOrWhiteSpace(DueDay))
        {
            Fail(nameof(DueDay), "Hãy nhập ngày hạn nộp báo cáo (1 đến 31).");
        }
        else if (!int.TryParse(DueDay.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d is < 1 or > 31)
        {
            Fail(nameof(DueDay), "Ngày hạn phải là một số từ 1 đến 31.");
        }
        else
        {
            day = d;
        }

        int? month = null;
        if (!string.IsNullOrWhiteSpace(DueMonth))
        {
            if (!int.TryParse(DueMonth.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                Fail(nameof(DueMonth), "Tháng hạn phải là một số từ 1 đến 12.");
            }
            else if (frequency is not null and not ReportingFrequency.Yearly)
            {
                Fail(nameof(DueMonth), "Chỉ báo cáo năm mới ghi tháng hạn; báo cáo khác nộp theo ngày trong tháng.");
            }
            else if (day is { } dd && dd > DateTime.DaysInMonth(2024, m))
            {
                Fail(nameof(DueDay), string.Create(CultureInfo.InvariantCulture, $"Tháng {m} không có ngày {dd}."));
            }
            else
            {
                month = m;
            }
        }

        var to = VietnameseText.Clean(ToText);
        if (to.Length > MaxToLength)
        {
            Fail(nameof(ToText), "Nơi nhận báo cáo dài quá 300 ký tự.");
        }

        var text = VietnameseText.Clean(Text);
        if (text.Length > MaxTextLength)
        {
            Fail(nameof(Text), "Nguyên văn dài quá 1.000 ký tự.");
        }

        if (party is { } p && frequency is { } f)
        {
            if (others.Any(o => o.FromParty == p.ToString() && o.Frequency == f.ToString()))
            {
                Fail(nameof(Frequency), $"Kế hoạch đã có chế độ báo cáo {DutyText.FrequencyLabel(f).ToLower(CultureInfo.GetCultureInfo("vi-VN"))} của {DutyText.PartyLabel(p).ToLower(CultureInfo.GetCultureInfo("vi-VN"))}; hãy sửa chế độ đó.");
            }

            if (hasReports && (duty.FromParty != p.ToString() || duty.Frequency != f.ToString()))
            {
                Fail(nameof(Frequency), "Đã có báo cáo lập theo chế độ này: không đổi được bên báo cáo hay tần suất (hãy thêm một chế độ mới).");
            }
        }

        if (!ok)
        {
            return false;
        }

        duty.FromParty = party!.Value.ToString();
        duty.Frequency = frequency!.Value.ToString();
        duty.DueDay = day!.Value;
        duty.DueMonth = month;
        duty.ToText = to.Length == 0 ? null : to;
        duty.Text = text.Length > 0 ? text : PlanText.Duty(duty.FromParty, duty.ToText, duty.Frequency, duty.DueDay, duty.DueMonth);
        return true;
    }
}

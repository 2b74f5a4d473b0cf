using System.Globalization;

namespace SauRo.Features.Reminders;

/// <summary>
/// What one run of the reminder job did: the Vietnamese date it judged by, the reminders that apply on it, the
/// notifications it created (those that existed before are not counted), the e-mails sent and failed.
/// </summary>
public sealed record ReminderRunResult(DateOnly Today, int Reminders, int NotificationsCreated, int EmailsSent, int EmailsFailed, bool EmailConfigured)
{
    /// <summary>One Vietnamese line: "Nhắc việc ngày 22/11/2026: 4 lời nhắc; đã tạo 6 thông báo, đã gửi 3 thư điện tử."</summary>
    public string Summary()
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"Nhắc việc ngày {Today:dd/MM/yyyy}: {Reminders} lời nhắc; đã tạo {NotificationsCreated} thông báo, đã gửi {EmailsSent} thư điện tử.");
        if (EmailsFailed > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" {EmailsFailed} thư gửi không được, sẽ thử lại ở lần chạy sau.");
        }

        if (!EmailConfigured)
        {
            text += " Chưa cấu hình máy chủ thư (mục Smtp): nhắc việc chỉ hiện trong ứng dụng.";
        }

        return text;
    }
}

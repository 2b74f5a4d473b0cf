using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace SauRo.Features.Reminders;

/// <summary>
/// Sends reminder e-mails over SMTP (System.Net.Mail): plain text, UTF-8 subject and body in Vietnamese, with a link
/// to the page. When SMTP is not configured it says so once in the log and sends nothing.
/// </summary>
public sealed class ReminderMailer(SmtpSettings settings, ILogger<ReminderMailer> logger)
{
    public const string SenderName = "Sáu Rõ";

    private int _toldNotConfigured;
    private int _toldNoBaseUrl;
    private int _toldServer;

    public bool IsConfigured => settings.IsConfigured;

    /// <summary>Logs once per process why reminders are not e-mailed.</summary>
    public void TellNotConfiguredOnce()
    {
        if (!settings.IsConfigured && Interlocked.Exchange(ref _toldNotConfigured, 1) == 0)
        {
            logger.LogInformation("Nhắc việc chỉ hiện trong ứng dụng, không gửi thư điện tử: {Problem}.", settings.Problem());
        }
    }

    /// <summary>A connection for one run of the job; dispose it when done.</summary>
    public Session Open()
    {
        if (!settings.IsConfigured)
        {
            throw new InvalidOperationException("Chưa cấu hình máy chủ thư (Smtp).");
        }

        if (Interlocked.Exchange(ref _toldServer, 1) == 0)
        {
            logger.LogInformation("Thư nhắc việc gửi qua {Server}.", settings.Describe());
        }

        if (settings.BaseUrl is null && Interlocked.Exchange(ref _toldNoBaseUrl, 1) == 0)
        {
            logger.LogWarning("Chưa đặt App:BaseUrl: thư nhắc việc chỉ ghi đường dẫn trong trang (ví dụ /Tasks/12), không có địa chỉ đầy đủ.");
        }

        var client = new SmtpClient(settings.Host, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = 30_000,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        return new Session(client, settings);
    }

    /// <summary>The text of a reminder e-mail: greeting, the reminder, the link, a footer.</summary>
    public static string Body(string recipientName, string text, string? link, string? baseUrl)
    {
        var body = new StringBuilder();
        body.Append("Kính gửi ").Append(recipientName).Append(",\n\n");
        body.Append(text).Append("\n\n");
        if (link is not null)
        {
            body.Append("Xem chi tiết: ").Append(baseUrl).Append(link).Append("\n\n");
        }

        body.Append("--\nSáu Rõ — thư tự động nhắc việc theo kế hoạch; xin đừng trả lời thư này.\n");
        return body.ToString();
    }

    public sealed class Session(SmtpClient client, SmtpSettings settings) : IDisposable
    {
        public string? BaseUrl => settings.BaseUrl;

        public async Task SendAsync(MailAddress to, string subject, string body, CancellationToken cancellation)
        {
            using var message = new MailMessage
            {
                From = new MailAddress(settings.FromAddress!.Address, SenderName, Encoding.UTF8),
                Subject = "[Sáu Rõ] " + subject,
                SubjectEncoding = Encoding.UTF8,
                HeadersEncoding = Encoding.UTF8,
                Body = body,
                BodyEncoding = Encoding.UTF8,
                BodyTransferEncoding = TransferEncoding.Base64,
                IsBodyHtml = false,
            };
            message.To.Add(to);
            await client.SendMailAsync(message, cancellation);
        }

        public void Dispose() => client.Dispose();
    }
}

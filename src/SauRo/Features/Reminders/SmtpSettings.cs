using System.Globalization;
using System.Net.Mail;

namespace SauRo.Features.Reminders;

/// <summary>
/// The mail server reminders are sent through (section "Smtp": Host, Port, From, UserName, Password, EnableSsl) and the
/// address of the site that e-mails link to (setting "App:BaseUrl", e.g. <c>https://sauro.lamson.gov.vn</c>). Without a
/// host and a valid sender address, no e-mail is sent: reminders stay in the application. Never printed with its password.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; init; }

    public int Port { get; init; } = 25;

    public string? From { get; init; }

    public string? UserName { get; init; }

    public string? Password { get; init; }

    public bool EnableSsl { get; init; }

    /// <summary>"App:BaseUrl" without its trailing slash, or null when not set.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>True when e-mail can be sent: a host and a valid sender address.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && FromAddress is not null;

    /// <summary>The sender address, or null when missing or not an e-mail address.</summary>
    public MailAddress? FromAddress => MailAddress.TryCreate(From?.Trim(), out var address) ? address : null;

    public static SmtpSettings Read(IConfiguration configuration) => new()
    {
        Host = configuration["Smtp:Host"]?.Trim(),
        Port = Math.Clamp(configuration.GetValue("Smtp:Port", 25), 1, 65535),
        From = configuration["Smtp:From"],
        UserName = configuration["Smtp:UserName"],
        Password = configuration["Smtp:Password"],
        EnableSsl = configuration.GetValue("Smtp:EnableSsl", false),
        BaseUrl = configuration["App:BaseUrl"]?.Trim().TrimEnd('/') is { Length: > 0 } url ? url : null,
    };

    /// <summary>Why no e-mail can be sent, or null when it can.</summary>
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            return "chưa đặt máy chủ thư (Smtp:Host)";
        }

        return FromAddress is null ? "địa chỉ gửi (Smtp:From) thiếu hoặc không phải địa chỉ thư điện tử" : null;
    }

    /// <summary>The server for logs: host, port, encryption, sender, user name; never the password.</summary>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Host}:{Port}{(EnableSsl ? " (SSL)" : string.Empty)}, gửi từ {From}{(string.IsNullOrEmpty(UserName) ? string.Empty : $", tài khoản {UserName}")}");

    public override string ToString() => Describe();
}

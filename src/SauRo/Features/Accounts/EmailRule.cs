using System.Net.Mail;

namespace SauRo.Features.Accounts;

/// <summary>
/// The optional e-mail address of an account (where reminders are sent): a plain address "ten@donvi.gov.vn", without a
/// display name, at most <see cref="MaxLength"/> characters.
/// </summary>
public static class EmailRule
{
    public const int MaxLength = 254;

    /// <summary>Why <paramref name="email"/> (already trimmed, not empty) cannot be an account's address, or null when it can.</summary>
    public static string? Problem(string email)
    {
        if (email.Length > MaxLength)
        {
            return $"Địa chỉ thư điện tử dài quá {MaxLength} ký tự.";
        }

        var domain = email.LastIndexOf('@') is var at and > 0 ? email[(at + 1)..] : string.Empty;
        if (!MailAddress.TryCreate(email, out var address) || address.Address != email || address.DisplayName.Length > 0
            || !domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.') || email.Any(char.IsWhiteSpace))
        {
            return $"«{email}» không phải địa chỉ thư điện tử (ví dụ: ten@donvi.gov.vn).";
        }

        return null;
    }
}

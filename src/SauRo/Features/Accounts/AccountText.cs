using SauRo.Features.Plans;

namespace SauRo.Features.Accounts;

/// <summary>How an account's state reads on the pages.</summary>
public static class AccountText
{
    public const string PasswordRules = "Mật khẩu dài ít nhất 10 ký tự, có ít nhất một chữ số và một chữ thường.";

    /// <summary>("đã khóa", "bad"), ("tạm khóa đến …", "warn") or ("hoạt động", "ok").</summary>
    public static (string Text, string Badge) State(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        AccountRules.IsDeactivated(lockoutEnd) ? ("đã khóa", "bad")
        : lockoutEnd is { } end && end > now ? ($"tạm khóa đến {PlanText.LocalTime(end)}", "warn")
        : ("hoạt động", "ok");

    public static string RoleList(IEnumerable<string> roles)
    {
        var names = roles.Select(Roles.Display).ToList();
        return names.Count == 0 ? "chưa có vai trò" : string.Join(", ", names);
    }
}

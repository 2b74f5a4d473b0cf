using SauRo.Core.Access;
using SauRo.Core.Text;

namespace SauRo.Features.Accounts;

/// <summary>
/// What makes an account acceptable, as pure functions: the shape of a user name, the units a role may belong to, who
/// may manage an account with given roles, and the user name suggested for an office.
/// </summary>
public static class AccountRules
{
    public const int MinUserName = 3;
    public const int MaxUserName = 64;
    public const int MaxFullName = 200;

    /// <summary>Why <paramref name="userName"/> cannot be a user name, or null when it can.</summary>
    public static string? UserNameProblem(string userName)
    {
        if (userName.Length == 0)
        {
            return "Hãy nhập tên đăng nhập.";
        }

        if (userName.Length < MinUserName || userName.Length > MaxUserName)
        {
            return $"Tên đăng nhập «{userName}» phải dài từ {MinUserName} đến {MaxUserName} ký tự.";
        }

        if (!userName.All(IsUserNameChar))
        {
            return $"Tên đăng nhập «{userName}» chỉ được gồm chữ cái không dấu, chữ số và các dấu . _ -";
        }

        if (!char.IsAsciiLetterOrDigit(userName[0]))
        {
            return $"Tên đăng nhập «{userName}» phải bắt đầu bằng chữ cái hoặc chữ số.";
        }

        return null;
    }

    /// <summary>Why an account with <paramref name="role"/> cannot belong to <paramref name="unit"/>, or null when it can.</summary>
    public static string? RoleUnitProblem(Role role, UnitPlace unit) => role switch
    {
        Role.Admin => null,
        Role.ProvinceOfficer => unit.Level == UnitLevel.Province || (unit.Level == UnitLevel.Office && unit.CommuneId is null && unit.ProvinceId is not null)
            ? null
            : "Cán bộ tỉnh phải thuộc một tỉnh hoặc một cơ quan cấp tỉnh.",
        Role.StandingOfficer or Role.Leader => unit.CommuneId is not null
            ? null
            : $"{Roles.Display(role.ToString())} phải thuộc một xã/phường hoặc một cơ quan của xã/phường.",
        Role.OfficeOfficer => unit.Level == UnitLevel.Office && unit.CommuneId is not null
            ? null
            : "Cán bộ cơ quan, đơn vị phải thuộc một cơ quan, đơn vị của xã/phường.",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>
    /// May <paramref name="actor"/> manage (reset, deactivate) an account with <paramref name="roles"/> in
    /// <paramref name="unit"/> (null: an account without unit)? The unit must be theirs to manage, and every role of the
    /// account one they could have given: a standing-body officer never takes over an administrator placed in an office.
    /// </summary>
    public static bool CanManage(Actor actor, UnitPlace? unit, IEnumerable<Role> roles)
    {
        if (actor.Is(Role.Admin))
        {
            return true;
        }

        var assignable = AccessRules.AssignableRoles(actor);
        return unit is not null && AccessRules.CanManageAccount(actor, unit) && roles.All(assignable.Contains);
    }

    /// <summary>"an-binh.van-hoa-xa-hoi": the commune and the office without diacritics, without "Xã"/"Phường" and "Phòng".</summary>
    public static string SuggestUserName(string commune, string office)
    {
        var c = Slug(commune, ["xa", "phuong", "thi tran", "dac khu"]);
        var o = Slug(office, ["phong"]);
        var name = c.Length == 0 ? o : o.Length == 0 ? c : $"{c}.{o}";
        return name.Length <= MaxUserName ? name : name[..MaxUserName].TrimEnd('-', '.');
    }

    /// <summary>An account locked until the end of time is deactivated (a temporary lockout ends after minutes).</summary>
    public static bool IsDeactivated(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end.UtcDateTime.Year >= 9999;

    /// <summary>The lockout end that deactivates an account.</summary>
    public static DateTimeOffset DeactivatedUntil => DateTimeOffset.MaxValue;

    private static bool IsUserNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    private static string Slug(string name, string[] leadingWords)
    {
        var folded = new string(VietnameseText.Fold(name).Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : ' ').ToArray());
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var lead in leadingWords)
        {
            var leadWords = lead.Split(' ');
            if (words.Count > leadWords.Length && words.Take(leadWords.Length).SequenceEqual(leadWords, StringComparer.Ordinal))
            {
                words.RemoveRange(0, leadWords.Length);
                break;
            }
        }

        return string.Join('-', words);
    }
}

namespace SauRo.Features.Accounts;

/// <summary>The roles of DOMAIN.md "Users". Names are stable identifiers; <see cref="Display"/> is what users read.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string ProvinceOfficer = "ProvinceOfficer";
    public const string StandingOfficer = "StandingOfficer";
    public const string Leader = "Leader";
    public const string OfficeOfficer = "OfficeOfficer";

    public static readonly string[] All = [Admin, ProvinceOfficer, StandingOfficer, Leader, OfficeOfficer];

    public static string Display(string role) => role switch
    {
        Admin => "Quản trị hệ thống",
        ProvinceOfficer => "Cán bộ tỉnh",
        StandingOfficer => "Cán bộ cơ quan thường trực",
        Leader => "Lãnh đạo",
        OfficeOfficer => "Cán bộ cơ quan, đơn vị",
        _ => role,
    };
}

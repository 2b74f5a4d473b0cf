using Microsoft.AspNetCore.Identity;

namespace SauRo.Data.Entities;

/// <summary>An account; every account belongs to a unit.</summary>
public class AppUser : IdentityUser
{
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    public string? FullName { get; set; }
}

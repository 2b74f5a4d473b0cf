using System.Text.Json;

namespace SauRo.Features.Api;

/// <summary>Enumerated values in the API's JSON are the camelCase of their names: "commune", "month", "halfYear", "createNew".</summary>
public static class ApiNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => Of(value.ToString());

    /// <summary>For values stored as the enum's name ("Manual", "HalfYearly").</summary>
    public static string Of(string storedName) => JsonNamingPolicy.CamelCase.ConvertName(storedName);
}

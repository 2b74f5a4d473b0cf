namespace SauRo.Features.Dashboards;

/// <summary>What a saved view's name and filter must be, with the messages users see.</summary>
public static class SavedViewRules
{
    public const string NameMissing = "Hãy đặt tên cho dạng xem.";
    public const string NameTooLong = "Tên dạng xem dài quá 100 ký tự.";
    public const string NameInvalid = "Tên dạng xem có ký tự điều khiển không hợp lệ.";
    public const string Duplicate = "Bạn đã có một dạng xem cùng tên cho đơn vị này.";
    public const string TooMany = "Mỗi người chỉ lưu được tối đa 30 dạng xem cho một đơn vị; hãy xóa bớt dạng xem cũ.";

    public static string? NameError(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        return trimmed.Length == 0 ? NameMissing
            : trimmed.Length > Data.Entities.SavedView.MaxNameLength ? NameTooLong
            : trimmed.Any(char.IsControl) ? NameInvalid
            : null;
    }

    /// <summary>The filter of a posted query string, read as the dashboard reads it: anything else in it is dropped.</summary>
    public static DashboardFilter Normalize(string? query)
    {
        var text = query ?? "";
        if (text.Length > Data.Entities.SavedView.MaxQueryLength)
        {
            return new DashboardFilter();
        }

        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(text);
        return DashboardFilter.FromQuery(new QueryCollection(parsed));
    }
}

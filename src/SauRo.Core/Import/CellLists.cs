using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>
/// Splits the list cells of a plan table: offices ("Trung tâm Phục vụ hành chính công; các cơ quan, đơn vị có hồ sơ
/// TTHC") and assigning documents ("13-TB/CQTT;&lt;br&gt;41-KH/TU"). Each part is kept as written.
/// </summary>
public static class CellLists
{
    /// <summary>Words an office name starts with; a comma or "và" splits a cell only between two such names.</summary>
    private static readonly string[] OfficeHeads =
    [
        "phong", "van phong", "trung tam", "cong an", "tram", "ubmttq", "uy ban", "ubnd", "to ", "ban ", "hoi ", "doan ",
        "truong", "quan su", "hop tac xa", "buu dien", "thon", "xom", "ban ", "khu pho", "to dan pho", "dang uy", "mat tran",
        "so ", "chi cuc", "kho bac", "ngan hang", "bao hiem", "vien ", "hdnd", "mttq", "cac to", "chi bo", "cong doan",
        "chi hoi", "ttpvhcc", "vhxh", "btv", "thuong truc", "chu tich", "pho chu tich", "bi thu", "lanh dao", "dai ",
        "viettel", "vnpt", "mobifone", "cong ty", "doanh nghiep", "cac truong", "cac thon", "cac xom",
    ];

    /// <summary>Stronger heads for splitting on "và", which also joins words inside one name.</summary>
    private static readonly string[] StrongOfficeHeads =
    [
        "phong", "van phong", "trung tam", "cong an", "tram y te", "ban chi huy", "truong", "ubmttq", "uy ban mat tran",
    ];

    public static IReadOnlyList<string> Offices(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }

        var result = new List<string>();
        foreach (var part in cell.Split([';', '\n', '•'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var byComma in SplitBetweenNames(part, ",", OfficeHeads))
            {
                foreach (var byAnd in SplitBetweenNames(byComma, " và ", StrongOfficeHeads))
                {
                    var cleaned = CleanItem(byAnd);
                    if (cleaned.Length > 0)
                    {
                        result.Add(cleaned);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Assigning documents: split on ';' and line breaks; each kept as written.</summary>
    public static IReadOnlyList<string> Documents(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return [];
        }

        var result = new List<string>();
        foreach (var part in cell.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var cleaned = CleanItem(part);
            if (cleaned.Length > 0)
            {
                result.Add(cleaned);
            }
        }

        return result;
    }

    /// <summary>Drops list bullets and the punctuation that ends a list item.</summary>
    public static string CleanItem(string text)
    {
        var t = VietnameseText.Clean(text);
        t = t.TrimStart('-', '+', '–', '•', '*', ' ');
        t = t.TrimEnd(',', ';', '.', ' ', ':');
        return t.Trim();
    }

    private static IEnumerable<string> SplitBetweenNames(string text, string separator, string[] heads)
    {
        var parts = text.Split(separator);
        if (parts.Length == 1)
        {
            return parts;
        }

        // Split only where every part after the separator starts like an office name; otherwise the separator
        // is part of a name ("Các cơ quan, đơn vị", "Phòng Kinh tế, Hạ tầng và Đô thị").
        var joined = new List<string> { parts[0] };
        for (var i = 1; i < parts.Length; i++)
        {
            var folded = VietnameseText.Fold(parts[i]) + " ";
            if (heads.Any(h => folded.StartsWith(h, StringComparison.Ordinal)))
            {
                joined.Add(parts[i]);
            }
            else
            {
                joined[^1] = joined[^1] + separator + parts[i];
            }
        }

        return joined;
    }
}

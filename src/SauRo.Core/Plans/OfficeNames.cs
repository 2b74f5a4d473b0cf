using System.Text;
using SauRo.Core.Text;

namespace SauRo.Core.Plans;

/// <summary>
/// Comparing office names as plans write them: "Phòng Văn hóa - Xã hội", "phòng Văn hoá - Xã hội xã" and
/// "Phòng VHXH" are the same office.
/// </summary>
public static class OfficeNames
{
    private static readonly (string Short, string Long)[] Abbreviations =
    [
        ("vhxh", "van hoa xa hoi"),
        ("vh-xh", "van hoa xa hoi"),
        ("kt-ht-dt", "kinh te ha tang va do thi"),
        ("kthtdt", "kinh te ha tang va do thi"),
        ("ttpvhcc", "trung tam phuc vu hanh chinh cong"),
        ("pvhcc", "phuc vu hanh chinh cong"),
        ("ubmttq", "uy ban mat tran to quoc"),
        ("mttq", "mat tran to quoc"),
        ("hdnd", "hoi dong nhan dan"),
        ("ubnd", "uy ban nhan dan"),
        ("vp", "van phong"),
        ("ca", "cong an"),
        ("p.", "phong"),
        ("tt", "trung tam"),
        ("bchqs", "ban chi huy quan su"),
        ("cds", "chuyen doi so"),
    ];

    private static readonly string[] LocalitySuffixes = [" xa", " phuong", " thi tran", " dac khu"];

    /// <summary>
    /// A comparison key: folded (no diacritics, lower case), punctuation removed, common abbreviations expanded,
    /// a leading "Phòng" and a trailing "xã"/"phường" dropped.
    /// </summary>
    public static string Key(string name)
    {
        var folded = VietnameseText.Fold(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            sb.Append(char.IsLetterOrDigit(c) || c == '.' ? c : ' ');
        }

        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expanded = new List<string>(words.Length + 4);
        foreach (var w in words)
        {
            var word = w.TrimEnd('.');
            var match = Array.Find(Abbreviations, a => a.Short == w || a.Short == word);
            expanded.Add(match.Long ?? word);
        }

        // "Phòng" is often left out ("VHXH", "Văn hóa - Xã hội"): the key does without it.
        if (expanded.Count > 1 && expanded[0] == "phong")
        {
            expanded.RemoveAt(0);
        }

        var key = string.Join(' ', expanded);
        foreach (var suffix in LocalitySuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length + 3)
            {
                key = key[..^suffix.Length];
                break;
            }
        }

        return key;
    }

    public static bool SameOffice(string a, string b) => Key(a) == Key(b);

    /// <summary>"Các cơ quan, đơn vị", "Các đơn vị liên quan", "cơ quan, đơn vị có liên quan": no one in particular.</summary>
    public static bool IsVagueGroup(string name)
    {
        var key = Key(name);
        return key.StartsWith("cac ", StringComparison.Ordinal)
            || key.StartsWith("co quan don vi", StringComparison.Ordinal)
            || key.StartsWith("don vi lien quan", StringComparison.Ordinal)
            || key.StartsWith("co quan lien quan", StringComparison.Ordinal)
            || key is "toan xa" or "toan phuong";
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using SauRo.Core.Import.Documents;
using SauRo.Core.Plans;
using SauRo.Core.Text;

namespace SauRo.Core.Import;

/// <summary>
/// Reads the administrative header and footer of a plan (Decree 30/2020 layout): issuer, number, place and date,
/// "KẾ HOẠCH" and the title, the documents it implements (Căn cứ / Thực hiện), the signer, and the counts it declares.
/// </summary>
internal static partial class PlanHeaderReader
{
    private static readonly string[] DocumentTypes =
    [
        "nghi quyet", "ke hoach", "quyet dinh", "thong bao", "chuong trinh", "luat", "nghi dinh", "thong tu", "chi thi",
        "ket luan", "cong van", "huong dan", "de an", "van ban", "bao cao", "phuong an", "hien phap",
    ];

    private static readonly string[] SignerRoles =
    [
        "tm ", "kt ", "tl ", "tuq ", "chu tich", "truong ban", "giam doc", "bi thu", "truong phong", "chanh van phong",
    ];

    /// <param name="body">The paragraphs before the first appendix, in order.</param>
    public static PlanHeader Read(IReadOnlyList<Paragraph> body)
    {
        var folded = body.Select(p => VietnameseText.FoldAligned(p.Text)).ToArray();
        string? numberText = null, number = null, place = null, issuer = null;
        PartialDate? issuedOn = null;
        var scanHead = Math.Min(body.Count, 40);

        for (var i = 0; i < scanHead; i++)
        {
            if (numberText is null && NumberLine().Match(folded[i]) is { Success: true } n)
            {
                numberText = body[i].Text[n.Groups["num"].Index..].Trim();
                var cut = numberText.IndexOf(' ');
                numberText = cut > 0 && numberText[..cut].Contains('/') ? numberText[..cut] : numberText;
                number = DocumentNumber().IsMatch(numberText) ? numberText.TrimEnd('.', ',', ';') : null;
            }

            if (issuedOn is null && PlaceDate().Match(folded[i]) is { Success: true } pd)
            {
                var placeText = body[i].Text[..pd.Groups["place"].Length].Trim().Trim(',', ' ');
                place = placeText.Length > 0 ? placeText : null;
                issuedOn = ToPartialDate(pd.Groups["d"].Value, pd.Groups["m"].Value, pd.Groups["y"].Value);
            }
        }

        var planHeading = Array.FindIndex(folded, f => IsPlanHeading(f));
        issuer = ReadIssuer(body, folded, planHeading < 0 ? scanHead : planHeading);
        var (title, titleEnd) = ReadTitle(body, folded, planHeading);
        var bases = ReadBases(body, folded, Math.Max(titleEnd, 0));
        var (signer, signerRole) = ReadSigner(body, folded);
        var (declaredIndicators, declaredTasks) = ReadDeclared(folded);

        int? year = issuedOn?.Year;
        if (year is null && title is not null && TitleYear().Match(VietnameseText.Fold(title)) is { Success: true } ty)
        {
            year = int.Parse(ty.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        return new PlanHeader
        {
            Number = number,
            NumberText = numberText,
            Place = place,
            IssuedOn = issuedOn,
            Issuer = issuer,
            Title = title,
            Bases = bases,
            Signer = signer,
            SignerRole = signerRole,
            DeclaredIndicators = declaredIndicators,
            DeclaredTasks = declaredTasks,
            Year = year,
            HasPlanHeading = planHeading >= 0,
        };
    }

    private static bool IsPlanHeading(string folded)
    {
        var t = folded.Trim().TrimEnd(':', '.').Trim();
        return t == "ke hoach" || (t.StartsWith("ke hoach ", StringComparison.Ordinal) && t.Length < 12);
    }

    private static PartialDate? ToPartialDate(string d, string m, string y)
    {
        var year = int.Parse(y, CultureInfo.InvariantCulture);
        int? month = m.Length > 0 ? int.Parse(m, CultureInfo.InvariantCulture) : null;
        int? day = d.Length > 0 && month is not null ? int.Parse(d, CultureInfo.InvariantCulture) : null;
        return PartialDate.TryCreate(year, month, day) ?? PartialDate.TryCreate(year, month, null) ?? PartialDate.TryCreate(year, null, null);
    }

    /// <summary>The upper-case lines at the top naming the issuing body ("ỦY BAN NHÂN DÂN" / "XÃ PHONG QUANG").</summary>
    private static string? ReadIssuer(IReadOnlyList<Paragraph> body, string[] folded, int before)
    {
        var lines = new List<string>();
        for (var i = 0; i < Math.Min(before, body.Count); i++)
        {
            var f = folded[i];
            if (f.StartsWith("so", StringComparison.Ordinal) && NumberLine().IsMatch(f))
            {
                break;
            }

            if (f.Contains("cong hoa xa hoi", StringComparison.Ordinal) || f.Contains("doc lap", StringComparison.Ordinal)
                || f.TrimStart().StartsWith("---", StringComparison.Ordinal))
            {
                continue; // the national motto block sits beside the issuer
            }

            if (!VietnameseText.IsUpperCase(body[i].Text) || body[i].Text.Length > 250)
            {
                if (lines.Count > 0)
                {
                    break;
                }

                continue;
            }

            lines.Add(body[i].Text);
        }

        var issuer = string.Join(' ', lines);
        var key = VietnameseText.Fold(issuer);
        return key.Contains("uy ban", StringComparison.Ordinal) || key.Contains("ubnd", StringComparison.Ordinal)
            || key.Contains("ban chi dao", StringComparison.Ordinal) || key.Contains("dang uy", StringComparison.Ordinal)
            || key.Contains("hoi dong", StringComparison.Ordinal) || key.Contains("bcd", StringComparison.Ordinal)
            ? issuer
            : null;
    }

    /// <summary>The title: the rest of the "KẾ HOẠCH" line and the one to three lines after it.</summary>
    private static (string? Title, int End) ReadTitle(IReadOnlyList<Paragraph> body, string[] folded, int heading)
    {
        if (heading < 0)
        {
            return (null, -1);
        }

        var parts = new List<string>();
        var inline = body[heading].Text.Trim();
        if (inline.Length > "KẾ HOẠCH".Length)
        {
            parts.Add(inline["KẾ HOẠCH".Length..].Trim(' ', ':', '-'));
        }

        var i = heading + 1;
        var first = true;
        while (i < body.Count && parts.Count < 4)
        {
            var f = folded[i].Trim();
            if (IsBasis(f) || RomanHeading().IsMatch(f) || f.StartsWith("---", StringComparison.Ordinal)
                || f.StartsWith("___", StringComparison.Ordinal) || StartsSentence(f) || body[i].Text.Length > 600)
            {
                break;
            }

            if (!first && body[i].Bold != body[heading + 1].Bold)
            {
                break;
            }

            parts.Add(body[i].Text);
            first = false;
            i++;
            if (body[i - 1].Text.EndsWith('.') || body[i - 1].Text.EndsWith(';'))
            {
                break;
            }
        }

        var title = VietnameseText.Clean(string.Join(' ', parts));
        return (title.Length > 0 ? title : null, i);
    }

    private static bool StartsSentence(string folded) =>
        folded.StartsWith("de ", StringComparison.Ordinal) || folded.StartsWith("nham ", StringComparison.Ordinal)
        || folded.StartsWith("tren co so", StringComparison.Ordinal) || folded.StartsWith("ubnd ", StringComparison.Ordinal)
        || folded.StartsWith("uy ban nhan dan ", StringComparison.Ordinal) || folded.StartsWith("ban chi dao ", StringComparison.Ordinal)
        || folded.StartsWith("so:", StringComparison.Ordinal);

    /// <summary>
    /// "Căn cứ …" always; "Thực hiện …", "Theo …", "Xét …" only when a document or an instruction follows
    /// ("Thực hiện Kế hoạch số …"), since a title may also start with "Thực hiện nhiệm vụ …".
    /// </summary>
    private static bool IsBasis(string folded)
    {
        if (folded.StartsWith("can cu ", StringComparison.Ordinal))
        {
            return true;
        }

        var rest = folded.StartsWith("thuc hien ", StringComparison.Ordinal) ? folded["thuc hien ".Length..]
            : folded.StartsWith("theo ", StringComparison.Ordinal) ? folded["theo ".Length..]
            : folded.StartsWith("xet ", StringComparison.Ordinal) ? folded["xet ".Length..]
            : null;
        return rest is not null
            && (DocumentTypes.Any(t => rest.StartsWith(t, StringComparison.Ordinal))
                || rest.StartsWith("chi dao", StringComparison.Ordinal) || rest.StartsWith("y kien", StringComparison.Ordinal)
                || rest.StartsWith("de nghi", StringComparison.Ordinal));
    }

    /// <summary>
    /// "Căn cứ …;" and "Thực hiện …" paragraphs before the first section; one paragraph may list several documents
    /// separated by ";".
    /// </summary>
    private static List<string> ReadBases(IReadOnlyList<Paragraph> body, string[] folded, int from)
    {
        var bases = new List<string>();
        var seenBasis = false;
        for (var i = from; i < Math.Min(body.Count, from + 40); i++)
        {
            var f = folded[i];
            if (RomanHeading().IsMatch(f))
            {
                break;
            }

            if (!IsBasis(f))
            {
                if (seenBasis)
                {
                    break; // the first paragraph that is not a basis ends the list
                }

                continue;
            }

            seenBasis = true;
            var text = body[i].Text;
            var prefix = PrefixWord().Match(f);
            text = text[prefix.Length..];
            foreach (var part in SplitDocuments(text))
            {
                var cleaned = CellLists.CleanItem(part);
                if (cleaned.Length > 0)
                {
                    bases.Add(cleaned);
                }
            }
        }

        return bases;
    }

    /// <summary>Splits on ";" only where the next part names another document ("; Kế hoạch số …").</summary>
    private static IEnumerable<string> SplitDocuments(string text)
    {
        var parts = text.Split(';');
        var current = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            var f = VietnameseText.Fold(parts[i]).TrimStart();
            if (DocumentTypes.Any(t => f.StartsWith(t, StringComparison.Ordinal)))
            {
                yield return current;
                current = parts[i];
            }
            else
            {
                current += ";" + parts[i];
            }
        }

        yield return current;
    }

    /// <summary>The last "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" block followed by a person's name.</summary>
    private static (string? Signer, string? Role) ReadSigner(IReadOnlyList<Paragraph> body, string[] folded)
    {
        string? signer = null, role = null;
        for (var i = 0; i < body.Count; i++)
        {
            var f = folded[i].Replace(".", " ", StringComparison.Ordinal);
            if (body[i].Text.Length > 80 || !VietnameseText.IsUpperCase(body[i].Text) || !SignerRoles.Any(r => f.StartsWith(r, StringComparison.Ordinal) || f.Contains(" " + r.Trim(), StringComparison.Ordinal)))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(body.Count, i + 7); j++)
            {
                var text = body[j].Text.Trim();
                if (IsPersonName(text))
                {
                    signer = text;
                    role = body[j - 1].Text;
                    break;
                }

                if (!VietnameseText.IsUpperCase(text) && !text.StartsWith('(') && !text.StartsWith('['))
                {
                    break;
                }
            }
        }

        return (signer, role);
    }

    /// <summary>"Vũ Xuân Quỳnh", "La Thị Huế": 2–6 capitalised words, letters only.</summary>
    internal static bool IsPersonName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6 || text.Length > 50)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (!char.IsUpper(w[0]) || !w.All(char.IsLetter))
            {
                return false;
            }

            if (w.Length > 1 && w.Skip(1).All(char.IsUpper))
            {
                return false; // "CHỦ TỊCH" is a role, not a name
            }
        }

        return true;
    }

    private static (int? Indicators, int? Tasks) ReadDeclared(string[] folded)
    {
        int? indicators = null, tasks = null;
        foreach (var f in folded)
        {
            if (!f.Contains("tong", StringComparison.Ordinal))
            {
                continue;
            }

            indicators ??= Count(DeclaredIndicators().Match(f));
            tasks ??= Count(DeclaredTasks().Match(f));
        }

        return (indicators, tasks);

        static int? Count(Match m) => m.Success
            ? int.Parse(m.Groups["a"].Success ? m.Groups["a"].Value : m.Groups["b"].Value, CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"^so\s*[:.]?\s*(?<num>[^\s/]{0,12}/\S.{0,50})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"^\d{1,5}[\w.\-]*/[\w\-/.&]+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"^(?<place>[^,\d]{2,60}),\s*ngay\s*(?<d>\d{1,2})?\s*thang\s*(?<m>\d{1,2})?\s*nam\s*(?<y>\d{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"^(?:phan\s+)?[ivx]{1,5}\s*[.:)\-]\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^(?:can cu|thuc hien|theo|xet)\s*[:,]?\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PrefixWord();

    [GeneratedRegex(@"\bnam\s+(?<y>20\d\d)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"tong\s+(?:so|cong)\s*(?:co\s+)?(?:cac\s+)?(?:chi tieu\s*(?:la|gom|:|-)?\s*(?<a>\d{1,4})|(?:la\s*|:\s*)?(?<b>\d{1,4})\s*chi tieu)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclaredIndicators();

    [GeneratedRegex(@"tong\s+(?:so|cong)\s*(?:co\s+)?(?:cac\s+)?(?:nhiem vu\s*(?:la|gom|:|-)?\s*(?<a>\d{1,4})|(?:la\s*|:\s*)?(?<b>\d{1,4})\s*nhiem vu)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeclaredTasks();
}

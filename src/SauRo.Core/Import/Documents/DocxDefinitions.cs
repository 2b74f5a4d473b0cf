using System.Globalization;
using System.Text;
using System.Xml;

namespace SauRo.Core.Import.Documents;

/// <summary>Small helpers for walking WordprocessingML with a forward-only <see cref="XmlReader"/>.</summary>
internal static class DocxXml
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string WStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    public const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public const string OfficeMath = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /// <summary>Word allows 63 grid columns; anything larger in a span is hostile or broken.</summary>
    public const int MaxGridSpan = 63;

    public static XmlReader Create(Stream stream, long maxChars) =>
        XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxChars,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });

    public static bool IsW(XmlReader r) => r.NamespaceURI is W or WStrict;

    public static bool IsW(XmlReader r, string localName) => IsW(r) && r.LocalName == localName;

    public static bool IsMc(XmlReader r, string localName) => r.NamespaceURI == Mc && r.LocalName == localName;

    /// <summary>The w:val attribute of the current element.</summary>
    public static string? Val(XmlReader r) => r.GetAttribute("val", r.NamespaceURI);

    /// <summary>An attribute in the element's own (WordprocessingML) namespace.</summary>
    public static string? Attr(XmlReader r, string localName) => r.GetAttribute(localName, r.NamespaceURI);

    /// <summary>ST_OnOff: a missing value means "on".</summary>
    public static bool OnOff(string? value) =>
        value is null
        || !(value == "0"
            || value.Equals("false", StringComparison.OrdinalIgnoreCase)
            || value.Equals("off", StringComparison.OrdinalIgnoreCase));

    public static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>
    /// Steps into the current element. Returns its depth, or -1 when it was empty (then it is already consumed).
    /// </summary>
    public static int Begin(XmlReader r)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return -1;
        }

        var depth = r.Depth;
        r.Read();
        return depth;
    }

    /// <summary>
    /// Moves to the next child element of the element begun at <paramref name="depth"/>; false (with the end tag
    /// consumed) when there is none. The caller must consume each child it is given.
    /// </summary>
    public static bool Next(XmlReader r, int depth)
    {
        if (depth < 0)
        {
            return false;
        }

        while (!r.EOF)
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement when r.Depth <= depth:
                    r.Read();
                    return false;
                default:
                    r.Read();
                    break;
            }
        }

        return false;
    }

    /// <summary>Appends the text content of the current element (e.g. w:t) and consumes it.</summary>
    public static void AppendText(XmlReader r, StringBuilder sb)
    {
        var depth = Begin(r);
        if (depth < 0)
        {
            return;
        }

        while (!r.EOF)
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    var start = sb.Length;
                    sb.Append(r.Value);
                    for (var i = start; i < sb.Length; i++)
                    {
                        if (sb[i] is '\n' or '\r' or '\t')
                        {
                            sb[i] = ' ';
                        }
                    }

                    r.Read();
                    break;
                case XmlNodeType.Element:
                    r.Skip();
                    break;
                case XmlNodeType.EndElement when r.Depth <= depth:
                    r.Read();
                    return;
                default:
                    r.Read();
                    break;
            }
        }
    }
}

/// <summary>The few facts of word/styles.xml the reader needs: bold, heading level and numbering per style.</summary>
internal sealed class DocxStyles
{
    private const int MaxChain = 16;

    private readonly Dictionary<string, StyleDef> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _headingCache = new(StringComparer.Ordinal);

    public static DocxStyles Empty { get; } = new();

    public string? DefaultParagraphStyleId { get; private set; }

    public bool DefaultBold { get; private set; }

    public static DocxStyles Read(XmlReader r)
    {
        var styles = new DocxStyles();
        if (r.MoveToContent() != XmlNodeType.Element || !DocxXml.IsW(r, "styles"))
        {
            return styles;
        }

        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (DocxXml.IsW(r, "docDefaults"))
            {
                styles.ReadDocDefaults(r);
            }
            else if (DocxXml.IsW(r, "style"))
            {
                styles.ReadStyle(r);
            }
            else
            {
                r.Skip();
            }
        }

        return styles;
    }

    /// <summary>Bold set by a paragraph style (or one it is based on); null when none says.</summary>
    public bool? ParagraphBold(string? styleId) => Resolve(styleId, s => s.Bold);

    /// <summary>Bold set by a character style (w:rStyle); null when none says.</summary>
    public bool? CharacterBold(string? styleId) => styleId is null ? null : Resolve(styleId, s => s.Bold);

    /// <summary>numId/ilvl given by a paragraph style's w:numPr (inherited through w:basedOn).</summary>
    public (int? NumId, int? Ilvl) Numbering(string? styleId) =>
        (Resolve(styleId, s => s.NumId), Resolve(styleId, s => s.Ilvl));

    /// <summary>Heading level 1..9 of a paragraph style: HeadingN, the style's outline level, or Title.</summary>
    public int? HeadingLevel(string? styleId)
    {
        if (styleId is null)
        {
            return null;
        }

        if (_headingCache.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        int? level = null;
        var id = styleId;
        for (var i = 0; i < MaxChain && id is not null; i++)
        {
            if (HeadingNumber(id) is int byId)
            {
                level = byId;
                break;
            }

            if (!_styles.TryGetValue(id, out var style))
            {
                break;
            }

            if (style.Name is not null && HeadingNumber(style.Name.Replace(" ", string.Empty, StringComparison.Ordinal)) is int byName)
            {
                level = byName;
                break;
            }

            if (style.OutlineLevel is int outline)
            {
                level = outline is >= 0 and < 9 ? outline + 1 : null;
                break;
            }

            if (i == 0 && (id.Equals("Title", StringComparison.OrdinalIgnoreCase)
                || string.Equals(style.Name, "title", StringComparison.OrdinalIgnoreCase)))
            {
                level = 1;
                break;
            }

            id = style.BasedOn;
        }

        if (level is null && styleId.Equals("Title", StringComparison.OrdinalIgnoreCase))
        {
            level = 1;
        }

        _headingCache[styleId] = level;
        return level;
    }

    private static int? HeadingNumber(string name) =>
        name.Length == 8
        && name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
        && name[7] is >= '1' and <= '9'
            ? name[7] - '0'
            : null;

    private T? Resolve<T>(string? styleId, Func<StyleDef, T?> get)
        where T : struct
    {
        var id = styleId;
        for (var i = 0; i < MaxChain && id is not null; i++)
        {
            if (!_styles.TryGetValue(id, out var style))
            {
                return null;
            }

            if (get(style) is T value)
            {
                return value;
            }

            id = style.BasedOn;
        }

        return null;
    }

    private void ReadDocDefaults(XmlReader r)
    {
        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (DocxXml.IsW(r, "rPrDefault"))
            {
                var d2 = DocxXml.Begin(r);
                while (DocxXml.Next(r, d2))
                {
                    if (DocxXml.IsW(r, "rPr"))
                    {
                        DefaultBold = ReadRunBold(r) ?? false;
                    }
                    else
                    {
                        r.Skip();
                    }
                }
            }
            else
            {
                r.Skip();
            }
        }
    }

    private void ReadStyle(XmlReader r)
    {
        var id = DocxXml.Attr(r, "styleId");
        var type = DocxXml.Attr(r, "type") ?? "paragraph";
        var isDefault = DocxXml.Attr(r, "default") is string d && DocxXml.OnOff(d);
        var style = new StyleDef();
        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (!DocxXml.IsW(r))
            {
                r.Skip();
                continue;
            }

            switch (r.LocalName)
            {
                case "name":
                    style.Name = DocxXml.Val(r);
                    r.Skip();
                    break;
                case "basedOn":
                    style.BasedOn = DocxXml.Val(r);
                    r.Skip();
                    break;
                case "pPr":
                    ReadStyleParagraphProperties(r, style);
                    break;
                case "rPr":
                    style.Bold = ReadRunBold(r);
                    break;
                default:
                    r.Skip();
                    break;
            }
        }

        if (id is null)
        {
            return;
        }

        _styles.TryAdd(id, style);
        if (isDefault && type == "paragraph")
        {
            DefaultParagraphStyleId ??= id;
        }
    }

    private static void ReadStyleParagraphProperties(XmlReader r, StyleDef style)
    {
        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (DocxXml.IsW(r, "numPr"))
            {
                var d2 = DocxXml.Begin(r);
                while (DocxXml.Next(r, d2))
                {
                    if (DocxXml.IsW(r, "numId"))
                    {
                        style.NumId = DocxXml.Int(DocxXml.Val(r));
                    }
                    else if (DocxXml.IsW(r, "ilvl"))
                    {
                        style.Ilvl = DocxXml.Int(DocxXml.Val(r));
                    }

                    r.Skip();
                }
            }
            else
            {
                if (DocxXml.IsW(r, "outlineLvl"))
                {
                    style.OutlineLevel = DocxXml.Int(DocxXml.Val(r));
                }

                r.Skip();
            }
        }
    }

    /// <summary>Reads a w:rPr element, returning its w:b setting (null when it has none).</summary>
    private static bool? ReadRunBold(XmlReader r)
    {
        bool? bold = null;
        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (DocxXml.IsW(r, "b"))
            {
                bold = DocxXml.OnOff(DocxXml.Val(r));
            }

            r.Skip();
        }

        return bold;
    }

    private sealed class StyleDef
    {
        public string? Name { get; set; }

        public string? BasedOn { get; set; }

        public bool? Bold { get; set; }

        public int? NumId { get; set; }

        public int? Ilvl { get; set; }

        public int? OutlineLevel { get; set; }
    }
}

/// <summary>
/// word/numbering.xml and the counters Word keeps while it lays out a document, so that automatic numbers
/// ("1.", "I.", "a)", "1.1.") can be written into the text as Word shows them.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, AbstractDef> _abstracts = [];
    private readonly Dictionary<int, NumDef> _nums = [];
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<int> _usedNums = [];

    public static DocxNumbering Read(XmlReader? r)
    {
        var numbering = new DocxNumbering();
        if (r is null || r.MoveToContent() != XmlNodeType.Element || !DocxXml.IsW(r, "numbering"))
        {
            return numbering;
        }

        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (DocxXml.IsW(r, "abstractNum"))
            {
                numbering.ReadAbstract(r);
            }
            else if (DocxXml.IsW(r, "num"))
            {
                numbering.ReadNum(r);
            }
            else
            {
                r.Skip();
            }
        }

        return numbering;
    }

    /// <summary>The level a paragraph style is linked to (w:lvl/w:pStyle) in a list, if any.</summary>
    public int? LevelForStyle(int numId, string? styleId, DocxStyles styles)
    {
        if (styleId is null || Resolve(numId, styles) is not (_, var abs, _))
        {
            return null;
        }

        for (var l = 0; l < Levels; l++)
        {
            if (abs.Levels[l]?.ParagraphStyle == styleId)
            {
                return l;
            }
        }

        return null;
    }

    /// <summary>
    /// Advances the counters for a paragraph numbered (numId, ilvl) and returns its visible label
    /// ("1.", "a)", "-" for a bullet), or null when it shows none.
    /// </summary>
    public string? NextLabel(int numId, int ilvl, DocxStyles styles)
    {
        if (numId == 0 || Resolve(numId, styles) is not (var absId, var abs, var num))
        {
            return null;
        }

        ilvl = Math.Clamp(ilvl, 0, Levels - 1);
        var level = LevelOf(abs, num, ilvl);
        if (level is null)
        {
            return null;
        }

        if (!_counters.TryGetValue(absId, out var counters))
        {
            counters = new int?[Levels];
            _counters[absId] = counters;
        }

        if (_usedNums.Add(numId) && num.Overridden is not null)
        {
            // A list instance that overrides its start restarts those levels where it is first used.
            foreach (var l in num.Overridden)
            {
                counters[l] = null;
            }
        }

        counters[ilvl] = counters[ilvl] is int current ? current + 1 : StartOf(abs, num, ilvl);
        for (var l = ilvl + 1; l < Levels; l++)
        {
            var restart = LevelOf(abs, num, l)?.Restart;
            if (restart != 0 && ilvl < (restart ?? l))
            {
                counters[l] = null;
            }
        }

        if (level.Format == "bullet")
        {
            return "-";
        }

        if (level.Text is null)
        {
            return null;
        }

        var sb = new StringBuilder(level.Text.Length + 8);
        var text = level.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var k = text[i + 1] - '1';
                var value = counters[k] ?? StartOf(abs, num, k);
                var format = level.IsLegal ? "decimal" : LevelOf(abs, num, k)?.Format ?? "decimal";
                sb.Append(FormatNumber(value, format));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        var label = sb.ToString().Trim();
        return label.Length == 0 ? null : label;
    }

    internal static string FormatNumber(int value, string format) => format switch
    {
        "none" or "bullet" => string.Empty,
        "decimalZero" => value is >= 0 and < 10
            ? "0" + value.ToString(CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture),
        "upperRoman" when value > 0 => Roman(value),
        "lowerRoman" when value > 0 => Roman(value).ToLowerInvariant(),
        "upperLetter" when value > 0 => Letters(value, 'A'),
        "lowerLetter" when value > 0 => Letters(value, 'a'),
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    private static string Roman(int value)
    {
        if (value >= 4000)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var sb = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                sb.Append(symbols[i]);
                value -= values[i];
            }
        }

        return sb.ToString();
    }

    /// <summary>Word's letter numbering: a..z, then aa..zz, aaa..., the letter repeated.</summary>
    private static string Letters(int value, char first)
    {
        var repeat = Math.Min(((value - 1) / 26) + 1, 50);
        return new string((char)(first + ((value - 1) % 26)), repeat);
    }

    private static LevelDef? LevelOf(AbstractDef abs, NumDef num, int ilvl) =>
        num.LevelOverrides?[ilvl] ?? abs.Levels[ilvl];

    private static int StartOf(AbstractDef abs, NumDef num, int ilvl) =>
        num.StartOverrides?[ilvl] ?? LevelOf(abs, num, ilvl)?.Start ?? 0;

    private (int AbstractId, AbstractDef Abstract, NumDef Num)? Resolve(int numId, DocxStyles styles)
    {
        if (!_nums.TryGetValue(numId, out var num) || !_abstracts.TryGetValue(num.AbstractId, out var abs))
        {
            return null;
        }

        var absId = num.AbstractId;
        if (abs.StyleLink is not null
            && styles.Numbering(abs.StyleLink).NumId is int linkedNumId
            && _nums.TryGetValue(linkedNumId, out var linkedNum)
            && _abstracts.TryGetValue(linkedNum.AbstractId, out var linkedAbs)
            && linkedAbs.StyleLink is null)
        {
            absId = linkedNum.AbstractId;
            abs = linkedAbs;
        }

        return (absId, abs, num);
    }

    private void ReadAbstract(XmlReader r)
    {
        var id = DocxXml.Int(DocxXml.Attr(r, "abstractNumId"));
        var abs = new AbstractDef();
        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (DocxXml.IsW(r, "lvl"))
            {
                var (ilvl, level) = ReadLevel(r);
                if (ilvl is >= 0 and < Levels)
                {
                    abs.Levels[ilvl] = level;
                }
            }
            else
            {
                if (DocxXml.IsW(r, "numStyleLink"))
                {
                    abs.StyleLink = DocxXml.Val(r);
                }

                r.Skip();
            }
        }

        if (id is int n)
        {
            _abstracts.TryAdd(n, abs);
        }
    }

    private static (int Ilvl, LevelDef Level) ReadLevel(XmlReader r)
    {
        var ilvl = DocxXml.Int(DocxXml.Attr(r, "ilvl")) ?? 0;
        var level = new LevelDef();
        ReadLevelChildren(r, level);
        return (ilvl, level);
    }

    private static void ReadLevelChildren(XmlReader r, LevelDef level)
    {
        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (DocxXml.IsMc(r, "AlternateContent"))
            {
                // Word writes a custom format in mc:Choice and a plain one in mc:Fallback: keep the plain one.
                var d2 = DocxXml.Begin(r);
                while (DocxXml.Next(r, d2))
                {
                    if (DocxXml.IsMc(r, "Fallback"))
                    {
                        ReadLevelChildren(r, level);
                    }
                    else
                    {
                        r.Skip();
                    }
                }

                continue;
            }

            if (DocxXml.IsW(r))
            {
                switch (r.LocalName)
                {
                    case "start":
                        level.Start = DocxXml.Int(DocxXml.Val(r)) ?? 0;
                        break;
                    case "numFmt":
                        level.Format = DocxXml.Val(r) ?? "decimal";
                        break;
                    case "lvlText":
                        level.Text = DocxXml.Val(r);
                        break;
                    case "lvlRestart":
                        level.Restart = DocxXml.Int(DocxXml.Val(r));
                        break;
                    case "isLgl":
                        level.IsLegal = DocxXml.OnOff(DocxXml.Val(r));
                        break;
                    case "pStyle":
                        level.ParagraphStyle = DocxXml.Val(r);
                        break;
                }
            }

            r.Skip();
        }
    }

    private void ReadNum(XmlReader r)
    {
        var id = DocxXml.Int(DocxXml.Attr(r, "numId"));
        int? abstractId = null;
        var num = new NumDef();
        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (DocxXml.IsW(r, "abstractNumId"))
            {
                abstractId = DocxXml.Int(DocxXml.Val(r));
                r.Skip();
            }
            else if (DocxXml.IsW(r, "lvlOverride"))
            {
                ReadOverride(r, num);
            }
            else
            {
                r.Skip();
            }
        }

        if (id is int n && abstractId is int a)
        {
            num.AbstractId = a;
            _nums.TryAdd(n, num);
        }
    }

    private static void ReadOverride(XmlReader r, NumDef num)
    {
        var ilvl = DocxXml.Int(DocxXml.Attr(r, "ilvl")) ?? 0;
        var valid = ilvl is >= 0 and < Levels;
        var depth = DocxXml.Begin(r);
        while (DocxXml.Next(r, depth))
        {
            if (valid && DocxXml.IsW(r, "startOverride") && DocxXml.Int(DocxXml.Val(r)) is int start)
            {
                num.StartOverrides ??= new int?[Levels];
                num.StartOverrides[ilvl] = start;
                num.Overridden ??= [];
                num.Overridden.Add(ilvl);
                r.Skip();
            }
            else if (valid && DocxXml.IsW(r, "lvl"))
            {
                num.LevelOverrides ??= new LevelDef?[Levels];
                var (_, level) = ReadLevel(r);
                num.LevelOverrides[ilvl] = level;
                num.Overridden ??= [];
                num.Overridden.Add(ilvl);
            }
            else
            {
                r.Skip();
            }
        }
    }

    private sealed class LevelDef
    {
        public int Start { get; set; }

        public string Format { get; set; } = "decimal";

        public string? Text { get; set; }

        public int? Restart { get; set; }

        public bool IsLegal { get; set; }

        public string? ParagraphStyle { get; set; }
    }

    private sealed class AbstractDef
    {
        public LevelDef?[] Levels { get; } = new LevelDef?[DocxNumbering.Levels];

        public string? StyleLink { get; set; }
    }

    private sealed class NumDef
    {
        public int AbstractId { get; set; }

        public int?[]? StartOverrides { get; set; }

        public LevelDef?[]? LevelOverrides { get; set; }

        public List<int>? Overridden { get; set; }
    }
}

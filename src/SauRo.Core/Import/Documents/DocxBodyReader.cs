using System.Globalization;
using System.Text;
using System.Xml;

namespace SauRo.Core.Import.Documents;

/// <summary>
/// Walks word/document.xml once, forward only, and turns w:body into paragraphs and tables in reading order.
/// Memory stays proportional to the output; nesting deeper than <see cref="MaxDepth"/> is skipped.
/// </summary>
internal sealed class DocxBodyReader
{
    private const int MaxDepth = 120;
    private const int MaxCellsPerRow = 256;

    private static readonly CultureInfo Vietnamese = new("vi-VN");

    private readonly XmlReader _r;
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;
    private readonly ReadLimits _limits;
    private readonly List<Block> _blocks = [];
    private readonly List<ReadWarning> _warnings = [];
    private int _position;
    private bool _stopped;
    private bool _depthWarned;
    private bool _altChunkWarned;
    private bool _wideRowWarned;

    public DocxBodyReader(XmlReader reader, DocxStyles styles, DocxNumbering numbering, ReadLimits limits)
    {
        _r = reader;
        _styles = styles;
        _numbering = numbering;
        _limits = limits;
    }

    /// <summary>The document's blocks, or null when the part is not a WordprocessingML document.</summary>
    public DocumentModel? Read()
    {
        if (_r.MoveToContent() != XmlNodeType.Element || !DocxXml.IsW(_r, "document"))
        {
            return null;
        }

        var depth = DocxXml.Begin(_r);
        while (Next(depth))
        {
            if (DocxXml.IsW(_r, "body"))
            {
                ReadBlocks(null);
            }
            else
            {
                _r.Skip();
            }
        }

        return new DocumentModel(_blocks, LocationKind.Paragraph, _warnings);
    }

    private bool Next(int depth)
    {
        while (!_stopped && DocxXml.Next(_r, depth))
        {
            if (_r.Depth <= MaxDepth)
            {
                return true;
            }

            _r.Skip();
            if (!_depthWarned)
            {
                _depthWarned = true;
                Warn(_position + 1, string.Create(Vietnamese, $"cấu trúc lồng nhau quá sâu: bỏ qua phần sâu hơn {MaxDepth} cấp"));
            }
        }

        return false;
    }

    private void ForEachChild(Action readOne)
    {
        var depth = DocxXml.Begin(_r);
        while (Next(depth))
        {
            readOne();
        }
    }

    /// <summary>w:sdt: only its w:sdtContent holds document content.</summary>
    private void ReadSdt(Action readOne) => ForEachChild(() =>
    {
        if (DocxXml.IsW(_r, "sdtContent"))
        {
            ForEachChild(readOne);
        }
        else
        {
            _r.Skip();
        }
    });

    /// <summary>mc:AlternateContent: the first mc:Choice, else mc:Fallback (never both: text boxes would repeat).</summary>
    private void ReadAlternate(Action readOne)
    {
        var chosen = false;
        ForEachChild(() =>
        {
            if (!chosen && (DocxXml.IsMc(_r, "Choice") || DocxXml.IsMc(_r, "Fallback")))
            {
                chosen = true;
                ForEachChild(readOne);
            }
            else
            {
                _r.Skip();
            }
        });
    }

    // ---- Block level: body, cell, text box ----

    /// <summary>Reads the children of the current block container; <paramref name="sink"/> null means the body.</summary>
    private void ReadBlocks(LineCollector? sink)
    {
        var depth = DocxXml.Begin(_r);
        while (Next(depth))
        {
            ReadBlock(sink);
        }
    }

    private void ReadBlock(LineCollector? sink)
    {
        if (DocxXml.IsMc(_r, "AlternateContent"))
        {
            ReadAlternate(() => ReadBlock(sink));
            return;
        }

        if (!DocxXml.IsW(_r))
        {
            _r.Skip();
            return;
        }

        switch (_r.LocalName)
        {
            case "p":
                var paragraph = ReadParagraph();
                if (sink is null)
                {
                    EmitParagraph(paragraph);
                }
                else
                {
                    sink.Add(paragraph);
                }

                break;
            case "tbl":
                if (sink is null)
                {
                    var table = new TableState(nested: false);
                    ReadTable(table);
                    if (table.Rows.Count > 0)
                    {
                        _blocks.Add(new Table(table.Rows[0].Position, table.Rows));
                    }
                }
                else
                {
                    var table = new TableState(nested: true);
                    ReadTable(table);
                    sink.AddTable(table.NestedRows);
                }

                break;
            case "sdt":
                ReadSdt(() => ReadBlock(sink));
                break;
            case "customXml":
            case "ins":
            case "moveTo":
                ReadBlocks(sink);
                break;
            case "altChunk":
                if (!_altChunkWarned)
                {
                    _altChunkWarned = true;
                    Warn(_position + 1, "tài liệu có phần nội dung ghép từ tệp khác (altChunk): phần này không đọc được");
                }

                _r.Skip();
                break;
            default:
                _r.Skip();
                break;
        }
    }

    private void EmitParagraph(ParagraphState paragraph)
    {
        EmitLines(paragraph.Lines, paragraph.HeadingLevel);
        if (paragraph.Extra is not null)
        {
            EmitLines(paragraph.Extra, null);
        }
    }

    private void EmitLines(List<LineBuffer> lines, int? headingLevel)
    {
        foreach (var line in lines)
        {
            var raw = BlockText.Cap(line.Text.ToString(), _limits.MaxCellChars, out var capWarning);
            var text = BlockText.Normalize(raw);
            if (text.Length == 0)
            {
                continue;
            }

            if (!TryTakePosition(out var position))
            {
                return;
            }

            if (capWarning is not null)
            {
                Warn(position, $"đoạn văn {capWarning}");
            }

            _blocks.Add(new Paragraph(position, text, line.IsBold, headingLevel));
        }
    }

    private bool TryTakePosition(out int position)
    {
        if (_position >= _limits.MaxBlocks)
        {
            if (!_stopped)
            {
                _stopped = true;
                Warn(Math.Max(1, _position), string.Create(Vietnamese, $"tài liệu quá dài: chỉ đọc {_limits.MaxBlocks:N0} đoạn đầu"));
            }

            position = 0;
            return false;
        }

        position = ++_position;
        return true;
    }

    private void Warn(int position, string message) => _warnings.Add(new ReadWarning(position, message));

    // ---- Paragraphs ----

    private ParagraphState ReadParagraph()
    {
        var p = new ParagraphState();
        var depth = DocxXml.Begin(_r);
        while (Next(depth))
        {
            if (DocxXml.IsW(_r, "pPr"))
            {
                ReadParagraphProperties(p);
            }
            else
            {
                ReadInline(p);
            }
        }

        var styleId = p.StyleId ?? _styles.DefaultParagraphStyleId;
        p.HeadingLevel = p.OutlineLevel is int outline
            ? (outline is >= 0 and < 9 ? outline + 1 : null)
            : _styles.HeadingLevel(styleId);

        if (!p.MarkDeleted)
        {
            var (styleNumId, styleIlvl) = _styles.Numbering(styleId);
            if ((p.NumId ?? styleNumId) is int numId and not 0)
            {
                var ilvl = p.Ilvl ?? styleIlvl ?? _numbering.LevelForStyle(numId, styleId, _styles) ?? 0;
                if (_numbering.NextLabel(numId, ilvl, _styles) is string label)
                {
                    p.Lines[0].Text.Insert(0, label + " ");
                }
            }
        }

        return p;
    }

    private void ReadParagraphProperties(ParagraphState p)
    {
        var depth = DocxXml.Begin(_r);
        while (Next(depth))
        {
            if (!DocxXml.IsW(_r))
            {
                _r.Skip();
                continue;
            }

            switch (_r.LocalName)
            {
                case "pStyle":
                    p.StyleId = DocxXml.Val(_r);
                    _r.Skip();
                    break;
                case "outlineLvl":
                    p.OutlineLevel = DocxXml.Int(DocxXml.Val(_r));
                    _r.Skip();
                    break;
                case "numPr":
                    ForEachChild(() =>
                    {
                        if (DocxXml.IsW(_r, "numId"))
                        {
                            p.NumId = DocxXml.Int(DocxXml.Val(_r));
                        }
                        else if (DocxXml.IsW(_r, "ilvl"))
                        {
                            p.Ilvl = DocxXml.Int(DocxXml.Val(_r));
                        }

                        _r.Skip();
                    });
                    break;
                case "rPr":
                    // A deleted paragraph mark (tracked change): Word does not number that paragraph.
                    ForEachChild(() =>
                    {
                        if (DocxXml.IsW(_r, "del") || DocxXml.IsW(_r, "moveFrom"))
                        {
                            p.MarkDeleted = true;
                        }

                        _r.Skip();
                    });
                    break;
                default:
                    _r.Skip();
                    break;
            }
        }
    }

    /// <summary>Paragraph content: runs and the many wrappers around them.</summary>
    private void ReadInline(ParagraphState p)
    {
        if (DocxXml.IsMc(_r, "AlternateContent"))
        {
            ReadAlternate(() => ReadInline(p));
            return;
        }

        if (!DocxXml.IsW(_r))
        {
            if (_r.NamespaceURI == DocxXml.OfficeMath && _r.LocalName == "t")
            {
                AppendRunText(p, p.ParagraphRunBold(_styles));
            }
            else
            {
                // Drawings, VML shapes, math: look inside for text boxes and math text.
                ForEachChild(() => ReadInline(p));
            }

            return;
        }

        switch (_r.LocalName)
        {
            case "r":
                ReadRun(p);
                break;
            case "txbxContent":
                var box = new LineCollector();
                ReadBlocks(box);
                (p.Extra ??= []).AddRange(box.Lines);
                break;
            case "sdt":
                ReadSdt(() => ReadInline(p));
                break;
            case "del":
            case "moveFrom":
            case "pPr":
            case "rPr":
            case "sdtPr":
            case "sdtEndPr":
            case "fldData":
            case "bookmarkStart":
            case "bookmarkEnd":
            case "proofErr":
            case "commentRangeStart":
            case "commentRangeEnd":
            case "permStart":
            case "permEnd":
                _r.Skip();
                break;
            default:
                // w:hyperlink, w:ins, w:moveTo, w:smartTag, w:customXml, w:fldSimple, w:dir, w:bdo, ...
                ForEachChild(() => ReadInline(p));
                break;
        }
    }

    private void ReadRun(ParagraphState p)
    {
        bool? directBold = null;
        string? characterStyle = null;
        var hidden = false;
        bool? bold = null;
        var depth = DocxXml.Begin(_r);
        while (Next(depth))
        {
            if (!DocxXml.IsW(_r))
            {
                if (!hidden)
                {
                    ReadInline(p);
                }
                else
                {
                    _r.Skip();
                }

                continue;
            }

            if (_r.LocalName == "rPr")
            {
                ForEachChild(() =>
                {
                    if (DocxXml.IsW(_r, "b"))
                    {
                        directBold = DocxXml.OnOff(DocxXml.Val(_r));
                    }
                    else if (DocxXml.IsW(_r, "rStyle"))
                    {
                        characterStyle = DocxXml.Val(_r);
                    }
                    else if (DocxXml.IsW(_r, "vanish"))
                    {
                        hidden = DocxXml.OnOff(DocxXml.Val(_r));
                    }

                    _r.Skip();
                });
                continue;
            }

            if (hidden)
            {
                _r.Skip();
                continue;
            }

            switch (_r.LocalName)
            {
                case "t":
                    bold ??= directBold ?? _styles.CharacterBold(characterStyle) ?? p.ParagraphRunBold(_styles);
                    AppendRunText(p, bold.Value);
                    break;
                case "tab":
                case "ptab":
                    p.Current.Text.Append(' ');
                    _r.Skip();
                    break;
                case "noBreakHyphen":
                    bold ??= directBold ?? _styles.CharacterBold(characterStyle) ?? p.ParagraphRunBold(_styles);
                    p.Current.Append("-", bold.Value);
                    _r.Skip();
                    break;
                case "br":
                    // A line break (also a column break) starts a new line; a page break does not.
                    if (DocxXml.Attr(_r, "type") != "page")
                    {
                        p.NewLine();
                    }

                    _r.Skip();
                    break;
                case "cr":
                    p.NewLine();
                    _r.Skip();
                    break;
                case "ruby":
                    ForEachChild(() =>
                    {
                        if (DocxXml.IsW(_r, "rubyBase"))
                        {
                            ForEachChild(() => ReadInline(p));
                        }
                        else
                        {
                            _r.Skip();
                        }
                    });
                    break;
                case "drawing":
                case "pict":
                case "object":
                    ForEachChild(() => ReadInline(p));
                    break;
                default:
                    // w:delText, w:instrText, w:sym, w:softHyphen, w:fldChar, footnote/endnote references, ...
                    _r.Skip();
                    break;
            }
        }
    }

    private void AppendRunText(ParagraphState p, bool bold)
    {
        var line = p.Current;
        var start = line.Text.Length;
        DocxXml.AppendText(_r, line.Text);
        line.Mark(start, bold);
    }

    // ---- Tables ----

    private void ReadTable(TableState table) => ForEachChild(() => ReadTableChild(table));

    private void ReadTableChild(TableState table)
    {
        if (DocxXml.IsMc(_r, "AlternateContent"))
        {
            ReadAlternate(() => ReadTableChild(table));
            return;
        }

        if (!DocxXml.IsW(_r))
        {
            _r.Skip();
            return;
        }

        switch (_r.LocalName)
        {
            case "tr":
                ReadRow(table);
                break;
            case "sdt":
                ReadSdt(() => ReadTableChild(table));
                break;
            case "customXml":
            case "ins":
            case "moveTo":
                ForEachChild(() => ReadTableChild(table));
                break;
            default:
                _r.Skip();
                break;
        }
    }

    private void ReadRow(TableState table)
    {
        var row = new RowState(table);
        ForEachChild(() => ReadRowChild(row));
        if (row.Deleted || _stopped)
        {
            return;
        }

        for (var i = 0; i < row.GridAfter; i++)
        {
            row.Cells.Add(TableCell.Empty);
        }

        if (table.Nested)
        {
            table.NestedRows.Add(row.Cells);
            return;
        }

        if (!TryTakePosition(out var position))
        {
            return;
        }

        foreach (var warning in row.Warnings)
        {
            Warn(position, warning);
        }

        table.Rows.Add(new TableRow(position, row.Cells));
    }

    private void ReadRowChild(RowState row)
    {
        if (DocxXml.IsMc(_r, "AlternateContent"))
        {
            ReadAlternate(() => ReadRowChild(row));
            return;
        }

        if (!DocxXml.IsW(_r) || row.Deleted)
        {
            _r.Skip();
            return;
        }

        switch (_r.LocalName)
        {
            case "trPr":
                ForEachChild(() =>
                {
                    if (DocxXml.IsW(_r, "gridBefore"))
                    {
                        var n = Math.Clamp(DocxXml.Int(DocxXml.Val(_r)) ?? 0, 0, DocxXml.MaxGridSpan);
                        for (var i = 0; i < n; i++)
                        {
                            row.Cells.Add(TableCell.Empty);
                        }

                        row.GridColumn += n;
                    }
                    else if (DocxXml.IsW(_r, "gridAfter"))
                    {
                        row.GridAfter = Math.Clamp(DocxXml.Int(DocxXml.Val(_r)) ?? 0, 0, DocxXml.MaxGridSpan);
                    }
                    else if (DocxXml.IsW(_r, "del"))
                    {
                        row.Deleted = true;
                    }

                    _r.Skip();
                });
                break;
            case "tc":
                ReadCell(row);
                break;
            case "sdt":
                ReadSdt(() => ReadRowChild(row));
                break;
            case "customXml":
            case "ins":
            case "moveTo":
                ForEachChild(() => ReadRowChild(row));
                break;
            default:
                _r.Skip();
                break;
        }
    }

    private void ReadCell(RowState row)
    {
        if (row.Cells.Count >= MaxCellsPerRow)
        {
            _r.Skip();
            if (!_wideRowWarned)
            {
                _wideRowWarned = true;
                Warn(_position + 1, string.Create(Vietnamese, $"hàng bảng có hơn {MaxCellsPerRow} ô: bỏ qua các ô sau"));
            }

            return;
        }

        var span = 1;
        string? verticalMerge = null;
        var horizontalContinue = false;
        var content = new LineCollector();
        ForEachChild(() =>
        {
            if (DocxXml.IsW(_r, "tcPr"))
            {
                ForEachChild(() =>
                {
                    if (DocxXml.IsW(_r, "gridSpan"))
                    {
                        span = Math.Clamp(DocxXml.Int(DocxXml.Val(_r)) ?? 1, 1, DocxXml.MaxGridSpan);
                    }
                    else if (DocxXml.IsW(_r, "vMerge"))
                    {
                        verticalMerge = DocxXml.Val(_r) ?? "continue";
                    }
                    else if (DocxXml.IsW(_r, "hMerge"))
                    {
                        horizontalContinue = (DocxXml.Val(_r) ?? "continue") == "continue";
                    }

                    _r.Skip();
                });
            }
            else
            {
                ReadBlock(content);
            }
        });

        var table = row.Table;
        var column = row.GridColumn;
        TableCell cell;
        if (verticalMerge == "continue" && table.Above(column) is TableCell above)
        {
            cell = table.Nested ? new TableCell(string.Empty, false, true) : new TableCell(above.Text, above.Bold, true);
        }
        else if (horizontalContinue)
        {
            cell = TableCell.Empty;
        }
        else
        {
            var raw = content.Text();
            if (!table.Nested)
            {
                raw = BlockText.Cap(raw, _limits.MaxCellChars, out var capWarning);
                if (capWarning is not null)
                {
                    row.Warnings.Add($"ô thứ {row.Cells.Count + 1}: {capWarning}");
                }
            }

            var text = BlockText.Normalize(raw);
            cell = new TableCell(text, text.Length > 0 && content.IsBold);
        }

        row.Cells.Add(cell);
        table.SetAbove(column, ReferenceEquals(cell, TableCell.Empty) ? null : cell);
        for (var i = 1; i < span; i++)
        {
            row.Cells.Add(TableCell.Empty);
            table.SetAbove(column + i, null);
        }

        row.GridColumn += span;
    }

    // ---- Buffers ----

    private sealed class LineBuffer
    {
        public StringBuilder Text { get; } = new();

        public bool HasText { get; private set; }

        public bool AllBold { get; private set; } = true;

        public bool IsBold => HasText && AllBold;

        public void Append(string text, bool bold)
        {
            var start = Text.Length;
            Text.Append(text);
            Mark(start, bold);
        }

        /// <summary>Records the formatting of the text appended since <paramref name="start"/>.</summary>
        public void Mark(int start, bool bold)
        {
            for (var i = start; i < Text.Length; i++)
            {
                if (!char.IsWhiteSpace(Text[i]))
                {
                    HasText = true;
                    AllBold &= bold;
                    return;
                }
            }
        }

        public void MarkAs(bool hasText, bool allBold)
        {
            if (hasText)
            {
                HasText = true;
                AllBold &= allBold;
            }
        }
    }

    private sealed class ParagraphState
    {
        private bool? _paragraphRunBold;

        public ParagraphState() => Lines = [new LineBuffer()];

        public List<LineBuffer> Lines { get; }

        /// <summary>Lines of text boxes anchored in the paragraph, kept after its own lines.</summary>
        public List<LineBuffer>? Extra { get; set; }

        public LineBuffer Current => Lines[^1];

        public string? StyleId { get; set; }

        public int? NumId { get; set; }

        public int? Ilvl { get; set; }

        public int? OutlineLevel { get; set; }

        public bool MarkDeleted { get; set; }

        public int? HeadingLevel { get; set; }

        public void NewLine() => Lines.Add(new LineBuffer());

        /// <summary>Bold a run gets from the paragraph style or the document defaults.</summary>
        public bool ParagraphRunBold(DocxStyles styles) =>
            _paragraphRunBold ??= styles.ParagraphBold(StyleId ?? styles.DefaultParagraphStyleId) ?? styles.DefaultBold;
    }

    /// <summary>Text of a cell or a text box: its paragraphs' lines, nested tables as "a | b" lines.</summary>
    private sealed class LineCollector
    {
        public List<LineBuffer> Lines { get; } = [];

        /// <summary>True when the cell has text and all of it is bold.</summary>
        public bool IsBold
        {
            get
            {
                var any = false;
                foreach (var line in Lines)
                {
                    if (line.HasText)
                    {
                        if (!line.AllBold)
                        {
                            return false;
                        }

                        any = true;
                    }
                }

                return any;
            }
        }

        public void Add(ParagraphState paragraph)
        {
            Lines.AddRange(paragraph.Lines);
            if (paragraph.Extra is not null)
            {
                Lines.AddRange(paragraph.Extra);
            }
        }

        public void AddTable(List<List<TableCell>> rows)
        {
            foreach (var cells in rows)
            {
                var line = new LineBuffer();
                var first = true;
                foreach (var cell in cells)
                {
                    if (ReferenceEquals(cell, TableCell.Empty))
                    {
                        continue;
                    }

                    if (!first)
                    {
                        line.Text.Append(" | ");
                    }

                    first = false;
                    line.Text.Append(cell.Text.Replace('\n', ' '));
                    line.MarkAs(cell.Text.Length > 0, cell.Bold);
                }

                Lines.Add(line);
            }
        }

        public string Text()
        {
            if (Lines.Count == 1)
            {
                return Lines[0].Text.ToString();
            }

            var sb = new StringBuilder();
            foreach (var line in Lines)
            {
                if (sb.Length > 0)
                {
                    sb.Append('\n');
                }

                sb.Append(line.Text);
            }

            return sb.ToString();
        }
    }

    private sealed class TableState(bool nested)
    {
        private readonly List<TableCell?> _above = [];

        public bool Nested { get; } = nested;

        public List<TableRow> Rows { get; } = [];

        public List<List<TableCell>> NestedRows { get; } = [];

        public TableCell? Above(int column) => column < _above.Count ? _above[column] : null;

        public void SetAbove(int column, TableCell? cell)
        {
            while (_above.Count <= column)
            {
                _above.Add(null);
            }

            _above[column] = cell;
        }
    }

    private sealed class RowState(TableState table)
    {
        public TableState Table { get; } = table;

        public List<TableCell> Cells { get; } = [];

        public List<string> Warnings { get; } = [];

        public int GridColumn { get; set; }

        public int GridAfter { get; set; }

        public bool Deleted { get; set; }
    }
}

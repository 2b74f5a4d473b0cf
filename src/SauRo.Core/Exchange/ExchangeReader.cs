using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SauRo.Core.Plans;

namespace SauRo.Core.Exchange;

/// <summary>
/// Reads an exchange file (docs/exchange-json.md) into an <see cref="ExchangeDocument"/>, or refuses it with Vietnamese
/// reasons that name the JSON path of each fault. Gates first (size, JSON at all, truncation, nesting depth, format
/// and version), then every field (types, required fields, lengths, dates, control characters), then the rules across
/// fields (<see cref="ExchangeValidator"/>). Nothing is half-read: a file with any fault gives no document.
/// </summary>
public static partial class ExchangeReader
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <param name="bytes">The file as uploaded (UTF-8, a byte-order mark is allowed).</param>
    /// <param name="now">The current instant: an export claimed to be more than a day in the future is refused.</param>
    public static ExchangeReadResult Read(ReadOnlyMemory<byte> bytes, DateTimeOffset now)
    {
        if (bytes.Length == 0)
        {
            return ExchangeReadResult.Failure("Tệp rỗng: không có dữ liệu trao đổi nào.");
        }

        if (bytes.Length > ExchangeLimits.MaxFileBytes)
        {
            return ExchangeReadResult.Failure(string.Create(Vietnamese,
                $"Tệp trao đổi quá lớn ({bytes.Length / 1024.0 / 1024.0:0.0} MB); Sáu Rõ nhận tệp tới {ExchangeLimits.MaxFileBytes / 1024 / 1024} MB."));
        }

        var span = bytes.Span;
        var start = span.StartsWith("\uFEFF"u8) ? 3 : 0;
        var json = bytes[start..];
        var first = json.Span.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || json.Span[first] != (byte)'{')
        {
            return ExchangeReadResult.Failure(
                "Tệp không phải dữ liệu trao đổi JSON (phải bắt đầu bằng «{»). Hãy chọn tệp .json xuất từ Sáu Rõ hoặc theo docs/exchange-json.md.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = ExchangeLimits.MaxDepth });
        }
        catch (JsonException e)
        {
            return ExchangeReadResult.Failure(NotJson(json.Span, e));
        }

        using (document)
        {
            var errors = new ExchangeErrors();
            var root = ExchangeFields.Of(document.RootElement, string.Empty, "Tệp", errors)!.Value;
            if (Gate(root) is { } refused)
            {
                return ExchangeReadResult.Failure(refused);
            }

            var doc = ReadDocument(root, errors);
            if (errors.Any)
            {
                return ExchangeReadResult.Failure(errors.List, errors.More);
            }

            ExchangeValidator.Validate(doc!, now, errors);
            return errors.Any ? ExchangeReadResult.Failure(errors.List, errors.More) : ExchangeReadResult.Success(doc!);
        }
    }

    /// <summary>Why the bytes are not JSON: cut short, nested too deep, or broken at a line.</summary>
    private static string NotJson(ReadOnlySpan<byte> json, JsonException e)
    {
        if (e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            return $"Tệp lồng quá sâu (hơn {ExchangeLimits.MaxDepth} cấp); tệp trao đổi hợp lệ chỉ lồng tới 8 cấp. Tệp bị từ chối.";
        }

        if (IsTruncated(json))
        {
            return "Tệp JSON bị cắt cụt (kết thúc giữa chừng); có thể tải xuống chưa xong. Hãy xuất hoặc tải lại tệp.";
        }

        var line = (e.LineNumber ?? 0) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"Tệp không phải JSON hợp lệ (lỗi ở dòng {line}, cột {column}). Hãy xuất lại tệp.");
    }

    /// <summary>True when a reader that expects more data meets no error before the bytes end.</summary>
    private static bool IsTruncated(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions { MaxDepth = 1024 }));
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The format and version, checked before anything else: another kind of JSON is refused in one sentence.</summary>
    private static string? Gate(ExchangeFields root)
    {
        var format = root.Text("format", ExchangeLimits.ShortText, "định dạng");
        if (format is null)
        {
            return $"Tệp không phải dữ liệu trao đổi của Sáu Rõ: thiếu trường \"format\": \"{ExchangeDocument.FormatName}\".";
        }

        if (format != ExchangeDocument.FormatName)
        {
            return $"Định dạng «{Short(format)}» không phải «{ExchangeDocument.FormatName}»: tệp này không phải dữ liệu trao đổi của Sáu Rõ.";
        }

        var version = root.Int("version", int.MinValue, int.MaxValue, "phiên bản");
        return version switch
        {
            null => "Tệp thiếu phiên bản định dạng (trường \"version\", số nguyên; bản hiện tại là 1).",
            > ExchangeDocument.CurrentVersion => string.Create(CultureInfo.InvariantCulture,
                $"Tệp theo phiên bản {version} của định dạng trao đổi; Sáu Rõ này chỉ đọc phiên bản {ExchangeDocument.CurrentVersion}. Hãy cập nhật Sáu Rõ hoặc xuất lại theo phiên bản {ExchangeDocument.CurrentVersion}."),
            < ExchangeDocument.CurrentVersion => string.Create(CultureInfo.InvariantCulture,
                $"Phiên bản {version} của định dạng trao đổi không tồn tại; phiên bản hiện tại là {ExchangeDocument.CurrentVersion}."),
            _ => null,
        };
    }

    private static ExchangeDocument? ReadDocument(ExchangeFields root, ExchangeErrors errors)
    {
        var exportedAt = root.Instant("exportedAt", "thời điểm xuất", required: true);
        var statusDate = root.Date("statusDate", "ngày tính trạng thái");
        var source = root.Text("source", ExchangeLimits.NameText, "hệ thống xuất");
        ExchangeCommune? commune = null;
        if (root.Object("commune", "xã/phường", required: true) is { } c)
        {
            var name = c.Text("name", ExchangeLimits.NameText, "tên xã/phường", required: true);
            var code = c.Text("code", ExchangeLimits.ShortText, "mã xã/phường");
            var province = c.Text("province", ExchangeLimits.NameText, "tên tỉnh", required: true);
            commune = name is null || province is null ? null : new ExchangeCommune(name, code, province);
        }

        var items = 0;
        var plans = new List<ExchangePlan>();
        foreach (var p in root.Objects("plans", ExchangeLimits.MaxPlans, "kế hoạch", required: true))
        {
            if (ReadPlan(p, ref items) is { } plan)
            {
                plans.Add(plan);
            }

            if (items > ExchangeLimits.MaxItems)
            {
                errors.Add("plans", string.Create(Vietnamese,
                    $"tệp có quá nhiều mục (hơn {ExchangeLimits.MaxItems:N0} chỉ tiêu, nhiệm vụ, cập nhật, giá trị và báo cáo cộng lại)."));
                return null;
            }
        }

        return exportedAt is null || commune is null
            ? null
            : new ExchangeDocument { ExportedAt = exportedAt.Value, StatusDate = statusDate, Source = source, Commune = commune, Plans = plans };
    }

    private static ExchangePlan? ReadPlan(ExchangeFields p, ref int items)
    {
        var title = p.Text("title", ExchangeLimits.NameText, "tiêu đề kế hoạch", required: true);
        var issuedOn = p.Text("issuedOn", 20, "ngày ban hành");
        if (issuedOn is not null && !IsPartialDate(issuedOn))
        {
            p.Error("issuedOn", $"ngày ban hành «{issuedOn}» không hợp lệ; viết yyyy-MM-dd, yyyy-MM hoặc yyyy.");
        }

        var declared = p.Object("declared", "số mục văn bản nêu");
        var reporting = p.Objects("reporting", ExchangeLimits.MaxDutiesPerPlan, "chế độ báo cáo").Select(ReadDuty).ToList();
        var indicators = new List<ExchangeIndicator>();
        foreach (var i in p.Objects("indicators", ExchangeLimits.MaxIndicatorsPerPlan, "chỉ tiêu"))
        {
            var indicator = ReadIndicator(i);
            items += 1 + (indicator?.Values.Count ?? 0);
            if (indicator is not null)
            {
                indicators.Add(indicator);
            }
        }

        var tasks = new List<ExchangeTask>();
        foreach (var t in p.Objects("tasks", ExchangeLimits.MaxTasksPerPlan, "nhiệm vụ"))
        {
            var task = ReadTask(t);
            items += 1 + (task?.Updates.Count ?? 0);
            if (task is not null)
            {
                tasks.Add(task);
            }
        }

        var reports = p.Objects("reports", ExchangeLimits.MaxReportsPerPlan, "báo cáo").Select(ReadReport).ToList();
        items += reports.Count;
        var plan = new ExchangePlan
        {
            Id = p.Id("id"),
            Number = p.Text("number", ExchangeLimits.ShortText, "số kế hoạch"),
            NumberText = p.Text("numberText", ExchangeLimits.ShortText, "số kế hoạch như viết"),
            Year = p.Int("year", 1900, 2200, "năm của kế hoạch"),
            Title = title ?? string.Empty,
            Place = p.Text("place", ExchangeLimits.NameText, "nơi ban hành"),
            IssuedOn = issuedOn,
            Issuer = p.Text("issuer", ExchangeLimits.NameText, "cơ quan ban hành"),
            Signer = p.Text("signer", ExchangeLimits.NameText, "người ký"),
            SignerRole = p.Text("signerRole", ExchangeLimits.NameText, "chức vụ người ký"),
            Bases = p.Texts("bases", ExchangeLimits.MaxListItems, ExchangeLimits.NameText, "căn cứ"),
            DeclaredIndicators = declared?.Int("indicators", 0, 100_000, "số chỉ tiêu văn bản nêu"),
            DeclaredTasks = declared?.Int("tasks", 0, 100_000, "số nhiệm vụ văn bản nêu"),
            Reporting = reporting.OfType<ExchangeDuty>().ToList(),
            Indicators = indicators,
            Tasks = tasks,
            Reports = reports.OfType<ExchangeReport>().ToList(),
        };
        return title is null ? null : plan;
    }

    private static ExchangeDuty? ReadDuty(ExchangeFields d)
    {
        var from = d.Enum(ExchangeNames.Parties, "from", "bên báo cáo", required: true);
        var to = d.Text("to", ExchangeLimits.NameText, "nơi nhận báo cáo");
        var frequency = d.Enum(ExchangeNames.Frequencies, "frequency", "tần suất báo cáo", required: true);
        var dueDay = d.Int("dueDay", 1, 31, "ngày hạn nộp", required: true);
        var dueMonth = d.Int("dueMonth", 1, 12, "tháng hạn nộp");
        var text = d.Text("text", ExchangeLimits.NameText, "chế độ báo cáo như viết");
        return from is { } f && frequency is { } q && dueDay is { } day ? new ExchangeDuty(f, to, q, day, dueMonth, text) : null;
    }

    private static ExchangeIndicator? ReadIndicator(ExchangeFields i)
    {
        var name = i.Text("name", ExchangeLimits.NameText, "tên chỉ tiêu", required: true);
        var target = i.Object("target", "chỉ tiêu cần đạt");
        var values = i.Objects("values", ExchangeLimits.MaxValuesPerIndicator, "giá trị theo kỳ").Select(ReadValue).ToList();
        var indicator = new ExchangeIndicator
        {
            Id = i.Id("id"),
            Appendix = i.Text("appendix", ExchangeLimits.NameText, "phụ lục"),
            Group = i.Text("group", ExchangeLimits.NameText, "nhóm chỉ tiêu"),
            Ordinal = i.Text("ordinal", ExchangeLimits.ShortText, "số thứ tự"),
            Name = name ?? string.Empty,
            Unit = i.Text("unit", ExchangeLimits.ShortText, "đơn vị tính"),
            TargetText = target?.Text("text", ExchangeLimits.NameText, "chỉ tiêu như viết"),
            Comparator = target?.Enum(ExchangeNames.Comparators, "comparator", "phép so sánh") ?? Comparator.Exactly,
            TargetValue = target?.Number("value", "giá trị chỉ tiêu"),
            Source = i.Text("source", ExchangeLimits.NameText, "văn bản nguồn"),
            Origin = i.OneOf(ExchangeNames.Origins, "origin", "nguồn gốc chỉ tiêu") ?? "manual",
            ValueFrequency = i.Enum(ExchangeNames.Frequencies, "valueFrequency", "tần suất báo cáo giá trị"),
            Lead = i.Texts("lead", ExchangeLimits.MaxListItems, ExchangeLimits.NameText, "tên cơ quan chủ trì"),
            Values = values.OfType<ExchangeValue>().ToList(),
            Colour = i.OneOf(ExchangeNames.Colours, "colour", "màu đánh giá"),
        };
        return name is null ? null : indicator;
    }

    private static ExchangeValue? ReadValue(ExchangeFields v)
    {
        var period = v.Text("period", ExchangeLimits.ShortText, "kỳ báo cáo", required: true);
        var value = new ExchangeValue
        {
            Period = period ?? string.Empty,
            Value = v.Number("value", "giá trị"),
            Numerator = v.Number("numerator", "tử số"),
            Denominator = v.Number("denominator", "mẫu số"),
            Note = v.Text("note", ExchangeLimits.LongText, "ghi chú"),
            Office = v.Text("office", ExchangeLimits.NameText, "cơ quan"),
            By = v.Text("by", ExchangeLimits.NameText, "người nhập"),
            At = v.Instant("at", "thời điểm nhập"),
            Report = v.Id("report"),
        };
        return period is null ? null : value;
    }

    private static ExchangeTask? ReadTask(ExchangeFields t)
    {
        var content = t.Text("content", ExchangeLimits.LongText, "nội dung nhiệm vụ", required: true);
        var task = new ExchangeTask
        {
            Id = t.Id("id"),
            Appendix = t.Text("appendix", ExchangeLimits.NameText, "phụ lục"),
            AppendixTitle = t.Text("appendixTitle", ExchangeLimits.NameText, "tên phụ lục"),
            Section = t.Text("section", ExchangeLimits.NameText, "mục"),
            Ordinal = t.Text("ordinal", ExchangeLimits.ShortText, "số thứ tự"),
            Content = content ?? string.Empty,
            Lead = t.Texts("lead", ExchangeLimits.MaxListItems, ExchangeLimits.NameText, "tên cơ quan chủ trì"),
            Cooperating = t.Texts("cooperating", ExchangeLimits.MaxListItems, ExchangeLimits.NameText, "tên cơ quan phối hợp"),
            Accountable = t.Text("accountable", ExchangeLimits.NameText, "người chịu trách nhiệm"),
            AccountableExpected = t.Bool("accountableExpected", "có yêu cầu người chịu trách nhiệm"),
            Product = t.Text("product", ExchangeLimits.LongText, "sản phẩm"),
            Basis = t.Texts("basis", ExchangeLimits.MaxListItems, ExchangeLimits.NameText, "căn cứ giao"),
            Due = t.Object("due", "thời hạn") is { } due ? ReadDeadline(due) : null,
            AdjustedDue = t.Object("adjustedDue", "thời hạn điều chỉnh") is { } adjusted ? ReadDeadline(adjusted) : null,
            CreatedAt = t.Instant("createdAt", "thời điểm bắt đầu theo dõi"),
            Updates = t.Objects("updates", ExchangeLimits.MaxUpdatesPerTask, "cập nhật tiến độ").Select(ReadUpdate).OfType<ExchangeUpdate>().ToList(),
            Status = t.OneOf(ExchangeNames.Statuses, "status", "trạng thái"),
        };
        return content is null ? null : task;
    }

    private static ExchangeDeadline? ReadDeadline(ExchangeFields d)
    {
        var text = d.Text("text", ExchangeLimits.NameText, "thời hạn như viết", required: true);
        var deadline = new ExchangeDeadline
        {
            Text = text ?? string.Empty,
            Kind = d.Enum(ExchangeNames.DeadlineKinds, "kind", "loại thời hạn"),
            Start = d.Date("start", "ngày bắt đầu"),
            End = d.Date("end", "ngày hết hạn"),
            Every = d.Enum(ExchangeNames.Recurrences, "every", "chu kỳ"),
            OngoingAfter = d.Bool("ongoingAfter", "duy trì sau hạn"),
        };
        return text is null ? null : deadline;
    }

    private static ExchangeUpdate? ReadUpdate(ExchangeFields u)
    {
        var at = u.Instant("at", "thời điểm cập nhật", required: true);
        var state = u.Enum(ExchangeNames.Progress, "state", "tình trạng", required: true);
        var percent = u.Int("percentDone", 0, 100, "phần trăm hoàn thành");
        ExchangeAttachment? attachment = null;
        if (u.Object("attachment", "tệp đính kèm") is { } a)
        {
            var fileName = a.Text("fileName", ExchangeLimits.NameText, "tên tệp đính kèm", required: true);
            var size = a.Long("size", 0, "dung lượng tệp đính kèm", required: true);
            var type = a.Text("contentType", ExchangeLimits.ShortText, "kiểu tệp đính kèm");
            attachment = fileName is null || size is null ? null : new ExchangeAttachment(fileName, size.Value, type);
        }

        var update = new ExchangeUpdate
        {
            Id = u.Id("id"),
            At = at ?? default,
            Office = u.Text("office", ExchangeLimits.NameText, "cơ quan cập nhật"),
            By = u.Text("by", ExchangeLimits.NameText, "người cập nhật"),
            State = state ?? ExchangeProgress.NotStarted,
            PercentDone = percent ?? (state == ExchangeProgress.Done ? 100 : 0),
            CompletedOn = u.Date("completedOn", "ngày hoàn thành"),
            Result = u.Text("result", ExchangeLimits.LongText, "kết quả"),
            EvidenceNumber = u.Text("evidenceNumber", ExchangeLimits.ShortText, "số văn bản minh chứng"),
            EvidenceDate = u.Date("evidenceDate", "ngày văn bản minh chứng"),
            Difficulties = u.Text("difficulties", ExchangeLimits.LongText, "khó khăn, vướng mắc"),
            Proposals = u.Text("proposals", ExchangeLimits.LongText, "kiến nghị, đề xuất"),
            Attachment = attachment,
            Report = u.Id("report"),
        };
        return at is null || state is null ? null : update;
    }

    private static ExchangeReport? ReadReport(ExchangeFields r)
    {
        var period = r.Text("period", ExchangeLimits.ShortText, "kỳ báo cáo", required: true);
        var dueDate = r.Date("dueDate", "hạn nộp", required: true);
        var state = r.Enum(ExchangeNames.ReportStates, "state", "trạng thái báo cáo", required: true);
        var report = new ExchangeReport
        {
            Id = r.Id("id"),
            Office = r.Text("office", ExchangeLimits.NameText, "cơ quan báo cáo"),
            Period = period ?? string.Empty,
            DueDate = dueDate ?? default,
            State = state ?? ExchangeReportState.Draft,
            Summary = r.Text("summary", ExchangeLimits.LongText, "tóm tắt"),
            SubmittedAt = r.Instant("submittedAt", "thời điểm nộp"),
            FirstSubmittedAt = r.Instant("firstSubmittedAt", "thời điểm nộp lần đầu"),
            SubmittedBy = r.Text("submittedBy", ExchangeLimits.NameText, "người nộp"),
            ReviewedAt = r.Instant("reviewedAt", "thời điểm duyệt"),
            ReviewedBy = r.Text("reviewedBy", ExchangeLimits.NameText, "người duyệt"),
            ReviewComment = r.Text("reviewComment", ExchangeLimits.LongText, "ý kiến khi duyệt hoặc trả lại"),
        };
        return period is null || dueDate is null || state is null ? null : report;
    }

    private static bool IsPartialDate(string text)
    {
        var m = PartialDatePattern().Match(text);
        if (!m.Success)
        {
            return false;
        }

        int? Part(int group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;
        return PartialDate.TryCreate(Part(1)!.Value, Part(2), Part(3)) is not null;
    }

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "…";

    [GeneratedRegex(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PartialDatePattern();
}

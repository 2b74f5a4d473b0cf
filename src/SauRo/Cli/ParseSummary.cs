using System.Globalization;
using SauRo.Core.Import;
using SauRo.Core.Plans;
using Spectre.Console;

namespace SauRo.Cli;

/// <summary>The readable Vietnamese summary of a parsed plan: header, indicators, tasks with their deadlines, warnings.</summary>
public static class ParseSummary
{
    public static void Write(ParsedPlan plan, string fileName, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = output == Console.Out && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = output == Console.Out && !Console.IsOutputRedirected ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (output != Console.Out || Console.IsOutputRedirected)
        {
            console.Profile.Width = 160;
        }

        WriteHeader(console, plan, fileName);
        WriteIndicators(console, plan);
        WriteTasks(console, plan);
        WriteReporting(console, plan);
        WriteWarnings(console, plan);
    }

    private static void WriteHeader(IAnsiConsole console, ParsedPlan plan, string fileName)
    {
        var h = plan.Header;
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("[bold]Tệp[/]", Markup.Escape(fileName));
        grid.AddRow("[bold]Số[/]", Markup.Escape(h.Number ?? (h.NumberText is null ? "(không có)" : $"(chưa điền số: {h.NumberText})")));
        grid.AddRow("[bold]Nơi, ngày ban hành[/]", Markup.Escape($"{h.Place ?? "?"}, {h.IssuedOn?.ToDisplay() ?? "(chưa ghi ngày)"}"));
        if (h.Issuer is not null)
        {
            grid.AddRow("[bold]Cơ quan ban hành[/]", Markup.Escape(h.Issuer));
        }

        grid.AddRow("[bold]Tiêu đề[/]", Markup.Escape(h.Title ?? "(không tìm thấy)"));
        grid.AddRow("[bold]Người ký[/]", Markup.Escape(h.Signer is null ? "(không tìm thấy)" : $"{h.Signer} ({h.SignerRole})"));
        grid.AddRow("[bold]Căn cứ[/]", Markup.Escape(h.Bases.Count == 0 ? "(không có)" : $"{h.Bases.Count} văn bản: " + string.Join("; ", h.Bases.Select(Short))));
        if (h.DeclaredIndicators is not null || h.DeclaredTasks is not null)
        {
            grid.AddRow("[bold]Số lượng nêu trong văn bản[/]", Markup.Escape($"{h.DeclaredIndicators?.ToString(CultureInfo.InvariantCulture) ?? "?"} chỉ tiêu, {h.DeclaredTasks?.ToString(CultureInfo.InvariantCulture) ?? "?"} nhiệm vụ"));
        }

        console.Write(new Panel(grid).Header("[bold]KẾ HOẠCH[/]").Expand());
    }

    private static void WriteIndicators(IAnsiConsole console, ParsedPlan plan)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]Chỉ tiêu ({plan.Indicators.Count})[/]");
        if (plan.Indicators.Count == 0)
        {
            console.WriteLine("  (không có)");
            return;
        }

        var table = new Table().Border(TableBorder.Square)
            .AddColumn("STT").AddColumn("Chỉ tiêu").AddColumn("Mục tiêu").AddColumn("Chủ trì").AddColumn("Nguồn");
        foreach (var i in plan.Indicators)
        {
            table.AddRow(
                Markup.Escape(i.Ordinal ?? "–"),
                Markup.Escape(Short(i.Name)),
                Markup.Escape(TargetText(i.Target)),
                Markup.Escape(string.Join("; ", i.Lead)),
                i.Origin == ItemOrigin.Prose ? "văn bản" : Markup.Escape(i.Appendix ?? "bảng"));
        }

        console.Write(table);
    }

    private static void WriteTasks(IAnsiConsole console, ParsedPlan plan)
    {
        console.WriteLine();
        var complete = plan.Tasks.Count(t => t.SixClear.IsComplete);
        console.MarkupLine($"[bold]Nhiệm vụ ({plan.Tasks.Count})[/] — {complete}/{plan.Tasks.Count} nhiệm vụ đủ 06 rõ");
        if (plan.Tasks.Count == 0)
        {
            console.WriteLine("  (không có)");
            return;
        }

        var table = new Table().Border(TableBorder.Square)
            .AddColumn("Phụ lục").AddColumn("STT").AddColumn("Nội dung").AddColumn("Chủ trì")
            .AddColumn("Thời hạn").AddColumn("Hiểu là").AddColumn("06 rõ");
        foreach (var t in plan.Tasks)
        {
            table.AddRow(
                Markup.Escape(t.Appendix ?? "–"),
                Markup.Escape(t.Ordinal ?? "–"),
                Markup.Escape(Short(t.Content)),
                Markup.Escape(string.Join("; ", t.Lead)),
                Markup.Escape(Short(t.Due.Text)),
                Markup.Escape(t.Due.Describe() + (t.AdjustedDue is null ? string.Empty : $"; điều chỉnh: {t.AdjustedDue.Describe()}")),
                t.SixClear.IsComplete ? "đủ" : Markup.Escape("thiếu " + string.Join(", ", t.SixClear.Missing)));
        }

        console.Write(table);
    }

    private static void WriteReporting(IAnsiConsole console, ParsedPlan plan)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]Chế độ báo cáo ({plan.Reporting.Count})[/]");
        foreach (var r in plan.Reporting)
        {
            var from = r.From == ReportingParty.Offices ? "Các cơ quan, đơn vị" : "UBND xã/phường";
            var when = r.Frequency switch
            {
                ReportingFrequency.Monthly => $"hằng tháng, trước ngày {r.DueDay}",
                ReportingFrequency.Quarterly => $"hằng quý, trước ngày {r.DueDay}",
                ReportingFrequency.HalfYearly => $"6 tháng, trước ngày {r.DueDay}",
                ReportingFrequency.Yearly => r.DueMonth is { } m ? $"hằng năm, trước ngày {r.DueDay}/{m}" : $"hằng năm, trước ngày {r.DueDay}",
                _ => throw new InvalidOperationException(),
            };
            console.WriteLine($"  - {from} báo cáo {r.To ?? "(không nêu nơi nhận)"}: {when}");
        }
    }

    private static void WriteWarnings(IAnsiConsole console, ParsedPlan plan)
    {
        console.WriteLine();
        console.MarkupLine($"[bold]Cảnh báo ({plan.Warnings.Count})[/]");
        foreach (var w in plan.Warnings)
        {
            console.WriteLine($"  ! {w}");
        }
    }

    private static string TargetText(Target t)
    {
        if (t.Value is not { } v)
        {
            return t.Text.Length > 0 ? t.Text : "–";
        }

        var sign = t.Comparator switch
        {
            Comparator.AtLeast => "≥ ",
            Comparator.AtMost => "≤ ",
            Comparator.MoreThan => "> ",
            Comparator.LessThan => "< ",
            Comparator.Exactly => string.Empty,
            _ => throw new InvalidOperationException(),
        };
        return sign + v.ToString("#,##0.##", CultureInfo.GetCultureInfo("vi-VN")) + (t.Unit is null ? string.Empty : t.Unit == "%" ? "%" : " " + t.Unit);
    }

    private static string Short(string text) => text.Length <= 90 ? text : text[..90] + "…";
}

using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Tasks;

/// <summary>
/// A task to create or replace. Lead and cooperating offices are names as written, linked to the commune's offices;
/// due is the deadline as plans write it ("Quý II năm 2026", "Trước ngày 30/4", "Thường xuyên"), read with the plan's
/// year; basis lists the assigning documents.
/// </summary>
public sealed record TaskRequest(
    string? Content,
    IReadOnlyList<string?>? Lead,
    IReadOnlyList<string?>? Cooperating,
    string? Accountable,
    string? Product,
    string? Due,
    IReadOnlyList<string?>? Basis,
    string? Section,
    string? Ordinal,
    string? Appendix,
    string? AppendixTitle)
{
    internal TaskInput? Validate(ApiErrors errors)
    {
        var content = errors.Text("content", Content, "nội dung nhiệm vụ", 20_000, required: true);
        var lead = errors.Texts("lead", Lead, "tên cơ quan chủ trì", 20, 300);
        var cooperating = errors.Texts("cooperating", Cooperating, "tên cơ quan phối hợp", 50, 300);
        var accountable = errors.Text("accountable", Accountable, "người chịu trách nhiệm", 500);
        var product = errors.Text("product", Product, "sản phẩm", 5_000);
        var due = errors.Text("due", Due, "thời hạn", 1_000);
        var basis = errors.Texts("basis", Basis, "căn cứ giao", 50, 2_000);
        var section = errors.Text("section", Section, "mục", 1_000);
        var ordinal = errors.Text("ordinal", Ordinal, "số thứ tự", 20);
        var appendix = errors.Text("appendix", Appendix, "phụ lục", 100);
        var appendixTitle = errors.Text("appendixTitle", AppendixTitle, "tên phụ lục", 1_000);
        return errors.IsEmpty
            ? new TaskInput(content!, lead, cooperating, accountable, product, due, basis, section, ordinal, appendix, appendixTitle)
            : null;
    }
}

/// <summary>A validated task request.</summary>
internal sealed record TaskInput(
    string Content,
    List<string> Lead,
    List<string> Cooperating,
    string? Accountable,
    string? Product,
    string? Due,
    List<string> Basis,
    string? Section,
    string? Ordinal,
    string? Appendix,
    string? AppendixTitle)
{
    public void ApplyTo(PlanTask task, int? planYear, Func<string, int?> office, DateTimeOffset now)
    {
        task.Content = Content;
        task.Accountable = Accountable;
        task.Product = Product;
        task.Section = Section;
        task.Ordinal = Ordinal;
        task.Appendix = Appendix;
        task.AppendixTitle = AppendixTitle;
        PlanMapping.SetDue(task, DeadlineParser.Parse(Due, planYear));
        task.Units.Clear();
        task.Units.AddRange(Lead.Select((name, i) => new TaskUnit { Role = TaskUnitRole.Lead, Position = i, Name = name, UnitId = office(name) }));
        task.Units.AddRange(Cooperating.Select((name, i) => new TaskUnit { Role = TaskUnitRole.Cooperating, Position = i, Name = name, UnitId = office(name) }));
        task.Bases.Clear();
        task.Bases.AddRange(Basis.Select((text, i) => new TaskBasis { Position = i, Text = text }));
        task.UpdatedAt = now;
        task.SearchKey = PlanMapping.TaskSearchKey(task);
    }
}

using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Tasks;

/// <summary>Nhiệm vụ cần tạo hoặc thay.</summary>
/// <param name="Content">Nội dung nhiệm vụ (bắt buộc, tối đa 20.000 ký tự).</param>
/// <param name="Lead">Cơ quan chủ trì, ghi theo tên; được nối với cơ quan của xã/phường khi nhận ra tên hoặc tên gọi khác.</param>
/// <param name="Cooperating">Cơ quan phối hợp, ghi theo tên.</param>
/// <param name="Accountable">Người đứng đầu chịu trách nhiệm.</param>
/// <param name="Product">Sản phẩm, kết quả.</param>
/// <param name="Due">Thời hạn như viết trong văn bản ("Quý II năm 2026", "Trước ngày 30/4", "Thường xuyên"), hiểu theo năm của kế hoạch khi không ghi năm.</param>
/// <param name="Basis">Căn cứ giao (văn bản giao nhiệm vụ).</param>
/// <param name="Section">Mục, nhóm nhiệm vụ.</param>
/// <param name="Ordinal">Số thứ tự trong bảng.</param>
/// <param name="Appendix">Phụ lục ("Phụ lục II").</param>
/// <param name="AppendixTitle">Tên phụ lục.</param>
public sealed record TaskRequest(
    string? Content,
    IReadOnlyList<string?>? Lead = null,
    IReadOnlyList<string?>? Cooperating = null,
    string? Accountable = null,
    string? Product = null,
    string? Due = null,
    IReadOnlyList<string?>? Basis = null,
    string? Section = null,
    string? Ordinal = null,
    string? Appendix = null,
    string? AppendixTitle = null)
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

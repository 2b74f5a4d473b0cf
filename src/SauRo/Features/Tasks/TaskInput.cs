using System.ComponentModel.DataAnnotations;

namespace SauRo.Features.Tasks;

/// <summary>What the task form posts, with its Vietnamese validation messages.</summary>
public sealed class TaskInput
{
    /// <summary>"1", "2.3", "a", "IV", "1." or "a)": digits or letters, parts joined by dots.</summary>
    public const string OrdinalPattern = @"^[0-9A-Za-zĐđ]{1,6}(\.[0-9A-Za-zĐđ]{1,6}){0,4}[.)]?$";

    [StringLength(200, ErrorMessage = "Phụ lục dài quá {1} ký tự.")]
    public string? Appendix { get; set; }

    [StringLength(500, ErrorMessage = "Tên mục dài quá {1} ký tự.")]
    public string? Section { get; set; }

    [StringLength(20, ErrorMessage = "Số thứ tự dài quá {1} ký tự.")]
    [RegularExpression(OrdinalPattern, ErrorMessage = "Số thứ tự chỉ gồm chữ số hoặc chữ cái, các phần cách nhau bằng dấu chấm, ví dụ: 1, 2.3, a, IV.")]
    public string? Ordinal { get; set; }

    [Required(ErrorMessage = "Hãy nhập nội dung nhiệm vụ.")]
    [StringLength(4000, ErrorMessage = "Nội dung nhiệm vụ dài quá {1} ký tự.")]
    public string? Content { get; set; }

    public List<int> LeadIds { get; set; } = [];

    [StringLength(2000, ErrorMessage = "Danh sách cơ quan chủ trì dài quá {1} ký tự.")]
    public string? LeadText { get; set; }

    public List<int> CooperatingIds { get; set; } = [];

    [StringLength(2000, ErrorMessage = "Danh sách cơ quan phối hợp dài quá {1} ký tự.")]
    public string? CooperatingText { get; set; }

    [StringLength(500, ErrorMessage = "Tên người chịu trách nhiệm dài quá {1} ký tự.")]
    public string? Accountable { get; set; }

    [StringLength(2000, ErrorMessage = "Sản phẩm dài quá {1} ký tự.")]
    public string? Product { get; set; }

    [StringLength(1000, ErrorMessage = "Thời hạn dài quá {1} ký tự.")]
    public string? DueText { get; set; }

    [StringLength(1000, ErrorMessage = "Thời hạn điều chỉnh dài quá {1} ký tự.")]
    public string? AdjustedDueText { get; set; }

    [StringLength(4000, ErrorMessage = "Căn cứ giao dài quá {1} ký tự.")]
    public string? BasisText { get; set; }
}

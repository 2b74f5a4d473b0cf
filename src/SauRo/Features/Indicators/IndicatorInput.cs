using System.ComponentModel.DataAnnotations;
using SauRo.Features.Tasks;

namespace SauRo.Features.Indicators;

/// <summary>What the indicator form posts, with its Vietnamese validation messages.</summary>
public sealed class IndicatorInput
{
    [StringLength(200, ErrorMessage = "Phụ lục dài quá {1} ký tự.")]
    public string? Appendix { get; set; }

    [StringLength(500, ErrorMessage = "Tên nhóm dài quá {1} ký tự.")]
    public string? GroupName { get; set; }

    [StringLength(20, ErrorMessage = "Số thứ tự dài quá {1} ký tự.")]
    [RegularExpression(TaskInput.OrdinalPattern, ErrorMessage = "Số thứ tự chỉ gồm chữ số hoặc chữ cái, các phần cách nhau bằng dấu chấm, ví dụ: 1, 2.3, a, IV.")]
    public string? Ordinal { get; set; }

    [Required(ErrorMessage = "Hãy nhập tên chỉ tiêu.")]
    [StringLength(1000, ErrorMessage = "Tên chỉ tiêu dài quá {1} ký tự.")]
    public string? Name { get; set; }

    [StringLength(50, ErrorMessage = "Đơn vị tính dài quá {1} ký tự.")]
    public string? Unit { get; set; }

    [Required(ErrorMessage = "Hãy chọn cách so sánh với chỉ tiêu.")]
    public string? Comparator { get; set; } = nameof(Core.Plans.Comparator.AtLeast);

    [StringLength(50, ErrorMessage = "Chỉ tiêu dài quá {1} ký tự.")]
    public string? Target { get; set; }

    public List<int> LeadIds { get; set; } = [];

    [StringLength(2000, ErrorMessage = "Danh sách cơ quan chủ trì dài quá {1} ký tự.")]
    public string? LeadText { get; set; }

    [StringLength(1000, ErrorMessage = "Văn bản nguồn dài quá {1} ký tự.")]
    public string? Source { get; set; }
}

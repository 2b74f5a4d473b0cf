using System.ComponentModel.DataAnnotations;

namespace SauRo.Features.Plans;

/// <summary>What the plan form posts, with its Vietnamese validation messages. Numbers are typed as text and read here.</summary>
public sealed class PlanInput
{
    public int? UnitId { get; set; }

    [StringLength(50, ErrorMessage = "Số kế hoạch dài quá {1} ký tự.")]
    public string? Number { get; set; }

    [StringLength(100, ErrorMessage = "Nơi ban hành dài quá {1} ký tự.")]
    public string? Place { get; set; }

    [StringLength(40, ErrorMessage = "Ngày ban hành dài quá {1} ký tự.")]
    public string? IssuedOn { get; set; }

    [StringLength(300, ErrorMessage = "Cơ quan ban hành dài quá {1} ký tự.")]
    public string? Issuer { get; set; }

    [Required(ErrorMessage = "Hãy nhập tiêu đề kế hoạch.")]
    [StringLength(500, ErrorMessage = "Tiêu đề dài quá {1} ký tự.")]
    public string? Title { get; set; }

    [StringLength(200, ErrorMessage = "Tên người ký dài quá {1} ký tự.")]
    public string? Signer { get; set; }

    [StringLength(200, ErrorMessage = "Chức vụ người ký dài quá {1} ký tự.")]
    public string? SignerRole { get; set; }

    [StringLength(10, ErrorMessage = "Năm dài quá {1} ký tự.")]
    public string? Year { get; set; }

    [StringLength(10, ErrorMessage = "Số chỉ tiêu dài quá {1} ký tự.")]
    public string? DeclaredIndicators { get; set; }

    [StringLength(10, ErrorMessage = "Số nhiệm vụ dài quá {1} ký tự.")]
    public string? DeclaredTasks { get; set; }

    [StringLength(20000, ErrorMessage = "Phần căn cứ dài quá {1} ký tự.")]
    public string? BasesText { get; set; }
}

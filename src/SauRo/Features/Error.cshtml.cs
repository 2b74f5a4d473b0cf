using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SauRo.Features;

/// <summary>Every error page in Vietnamese: not found, too large, forbidden, server error.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Có lỗi";

    public string Message { get; private set; } = string.Empty;

    public void OnGet(int? code) => Describe(code ?? 500);

    public void OnPost(int? code) => Describe(code ?? 500);

    private void Describe(int code)
    {
        (Title, Message) = code switch
        {
            404 => ("Không tìm thấy", "Trang hoặc dữ liệu bạn tìm không có, hoặc đã bị xóa."),
            403 => ("Không có quyền", "Tài khoản của bạn không được xem hoặc sửa nội dung này."),
            413 => ("Tệp quá lớn", "Tệp tải lên vượt quá 20 MB. Hãy gửi tệp nhỏ hơn."),
            400 => ("Yêu cầu không hợp lệ", "Biểu mẫu đã hết hạn hoặc không hợp lệ. Hãy tải lại trang và thử lại."),
            _ => ("Có lỗi", "Đã có lỗi ở máy chủ. Dữ liệu của bạn chưa bị thay đổi; hãy thử lại sau."),
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code;
        }
    }
}

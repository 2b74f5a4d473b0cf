using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SauRo.Features.Api;

/// <summary>Gives the responses of the OpenAPI document Vietnamese descriptions instead of the HTTP reason phrases.</summary>
public sealed class ResponseDescriptions : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Vietnamese = new(StringComparer.Ordinal)
    {
        ["200"] = "Thành công.",
        ["201"] = "Đã tạo; tiêu đề Location chỉ tới mục mới.",
        ["204"] = "Đã xóa.",
        ["400"] = "Dữ liệu gửi lên chưa hợp lệ: errors nêu lỗi của từng trường bằng tiếng Việt.",
        ["401"] = "Chưa đăng nhập, hoặc mã Bearer sai hay đã hết hạn.",
        ["403"] = "Không có quyền sửa đơn vị này.",
        ["404"] = "Không tìm thấy, hoặc người dùng không được xem.",
        ["413"] = "Nội dung gửi lên quá lớn.",
        ["415"] = "Sai định dạng nội dung (Content-Type).",
        ["423"] = "Tài khoản bị khóa: tạm thời do đăng nhập sai nhiều lần, hoặc đã bị khóa hẳn.",
        ["429"] = "Thử đăng nhập quá nhiều lần từ một địa chỉ; đợi số giây trong Retry-After.",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var anonymous = context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        foreach (var (code, response) in operation.Responses ?? [])
        {
            if (response is OpenApiResponse writable && Vietnamese.TryGetValue(code, out var text))
            {
                writable.Description = anonymous && code == "401" ? "Sai tên đăng nhập hoặc mật khẩu." : text;
            }
        }

        return Task.CompletedTask;
    }
}

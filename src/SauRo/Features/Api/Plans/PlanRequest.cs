using System.Globalization;
using System.Text.RegularExpressions;
using SauRo.Core.Plans;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.Api.Plans;

/// <summary>Phần đầu của kế hoạch; trường bỏ trống được lưu là trống.</summary>
/// <param name="Title">Tiêu đề (bắt buộc, tối đa 1.000 ký tự).</param>
/// <param name="Number">Số kế hoạch ("01/KH-BCĐ"), bỏ trống khi chưa có số.</param>
/// <param name="Place">Nơi ban hành.</param>
/// <param name="IssuedOn">Ngày ban hành dạng ISO, có thể chưa đủ: "2026-04-15", "2026-04" hoặc "2026".</param>
/// <param name="Issuer">Cơ quan ban hành ("BAN CHỈ ĐẠO", "ỦY BAN NHÂN DÂN XÃ …").</param>
/// <param name="Signer">Người ký.</param>
/// <param name="SignerRole">Chức vụ người ký.</param>
/// <param name="Year">Năm của kế hoạch (1900–2200), dùng để hiểu các thời hạn không ghi năm; mặc định là năm của ngày ban hành.</param>
/// <param name="Bases">Các văn bản căn cứ (tối đa 100, mỗi căn cứ tối đa 2.000 ký tự).</param>
public sealed partial record PlanRequest(
    string? Title,
    string? Number = null,
    string? Place = null,
    string? IssuedOn = null,
    string? Issuer = null,
    string? Signer = null,
    string? SignerRole = null,
    int? Year = null,
    IReadOnlyList<string?>? Bases = null)
{
    internal PlanInput? Validate(ApiErrors errors)
    {
        var title = errors.Text("title", Title, "tiêu đề kế hoạch", 1_000, required: true);
        var number = errors.Text("number", Number, "số kế hoạch", 100);
        var place = errors.Text("place", Place, "nơi ban hành", 200);
        var issuer = errors.Text("issuer", Issuer, "cơ quan ban hành", 300);
        var signer = errors.Text("signer", Signer, "người ký", 200);
        var signerRole = errors.Text("signerRole", SignerRole, "chức vụ người ký", 200);
        var bases = errors.Texts("bases", Bases, "căn cứ", 100, 2_000);
        PartialDate? issuedOn = null;
        if (!string.IsNullOrWhiteSpace(IssuedOn))
        {
            var m = IsoDate().Match(IssuedOn.Trim());
            issuedOn = m.Success
                ? PartialDate.TryCreate(
                    int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture),
                    m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : null,
                    m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null)
                : null;
            if (issuedOn is null)
            {
                errors.Add("issuedOn", "Ngày ban hành phải là ngày có thật, dạng yyyy-MM-dd, yyyy-MM hoặc yyyy (ví dụ 2026-04-15).");
            }
        }

        if (Year is < 1900 or > 2200)
        {
            errors.Add("year", "Năm của kế hoạch phải trong khoảng 1900–2200.");
        }

        return errors.IsEmpty
            ? new PlanInput(title!, number, place, issuedOn, issuer, signer, signerRole, Year ?? issuedOn?.Year, bases)
            : null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsoDate();
}

/// <summary>Kế hoạch mới: đơn vị (xã/phường hoặc tỉnh) và phần đầu.</summary>
/// <param name="UnitId">Xã/phường hoặc tỉnh ban hành kế hoạch (bắt buộc).</param>
/// <param name="Title">Tiêu đề (bắt buộc, tối đa 1.000 ký tự).</param>
/// <param name="Number">Số kế hoạch ("01/KH-BCĐ"), bỏ trống khi chưa có số.</param>
/// <param name="Place">Nơi ban hành.</param>
/// <param name="IssuedOn">Ngày ban hành dạng ISO, có thể chưa đủ: "2026-04-15", "2026-04" hoặc "2026".</param>
/// <param name="Issuer">Cơ quan ban hành.</param>
/// <param name="Signer">Người ký.</param>
/// <param name="SignerRole">Chức vụ người ký.</param>
/// <param name="Year">Năm của kế hoạch (1900–2200), dùng để hiểu các thời hạn không ghi năm; mặc định là năm của ngày ban hành.</param>
/// <param name="Bases">Các văn bản căn cứ.</param>
public sealed record CreatePlanRequest(
    int? UnitId,
    string? Title,
    string? Number = null,
    string? Place = null,
    string? IssuedOn = null,
    string? Issuer = null,
    string? Signer = null,
    string? SignerRole = null,
    int? Year = null,
    IReadOnlyList<string?>? Bases = null)
{
    internal (int UnitId, PlanInput Plan)? Validate(ApiErrors errors)
    {
        if (UnitId is null)
        {
            errors.Add("unitId", "Hãy chọn đơn vị của kế hoạch.");
        }

        var plan = new PlanRequest(Title, Number, Place, IssuedOn, Issuer, Signer, SignerRole, Year, Bases).Validate(errors);
        return plan is not null && UnitId is { } unitId ? (unitId, plan) : null;
    }
}

/// <summary>A validated plan header.</summary>
internal sealed record PlanInput(
    string Title,
    string? Number,
    string? Place,
    PartialDate? IssuedOn,
    string? Issuer,
    string? Signer,
    string? SignerRole,
    int? Year,
    List<string> Bases)
{
    public void ApplyTo(Plan plan)
    {
        plan.Title = Title;
        plan.Number = Number;
        plan.NumberText = Number;
        plan.Place = Place;
        plan.IssuedOn = IssuedOn?.ToIso();
        plan.Issuer = Issuer;
        plan.Signer = Signer;
        plan.SignerRole = SignerRole;
        plan.Year = Year;
        plan.Bases.Clear();
        plan.Bases.AddRange(Bases.Select((text, i) => new PlanBasis { Position = i, Text = text }));
        plan.SearchKey = PlanMapping.PlanSearchKey(plan);
    }
}

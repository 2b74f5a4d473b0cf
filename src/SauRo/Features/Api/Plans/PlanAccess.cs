using SauRo.Features.Accounts;

namespace SauRo.Features.Api.Plans;

/// <summary>
/// Who may read and change a plan and what it holds: reading needs the plan's unit in the user's scope (else 404, as if
/// it did not exist); writing needs the right to edit that unit (else 403).
/// </summary>
public static class PlanAccess
{
    public const string PlanNotFound = "Không có kế hoạch này, hoặc bạn không được xem.";

    public static async Task<IResult?> ReadAsync(UnitScope scope, int unitId, string notFound, CancellationToken cancellation) =>
        await scope.CanSeeAsync(unitId, cancellation) ? null : ApiResults.NotFound(notFound);

    public static async Task<IResult?> WriteAsync(UnitScope scope, int unitId, CancellationToken cancellation) =>
        await scope.CanEditAsync(unitId, cancellation) ? null : ApiResults.Forbidden("Bạn không được sửa kế hoạch của đơn vị này.");
}

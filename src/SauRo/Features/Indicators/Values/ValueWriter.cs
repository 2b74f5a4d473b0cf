using Microsoft.EntityFrameworkCore;
using SauRo.Core.Monitoring;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Reports;

namespace SauRo.Features.Indicators.Values;

/// <summary>A checked value for one indicator and period, ready to be written.</summary>
public sealed record ValueToWrite(decimal? Value, decimal? Numerator, decimal? Denominator, string? Note);

/// <summary>
/// Records an indicator's value for a period (one row per indicator and period: a new value replaces the old one,
/// the audit trail keeps both), unless an approved report carries the period's value.
/// </summary>
public static class ValueWriter
{
    /// <summary>The stored value of the period (tracked), or null.</summary>
    public static Task<IndicatorValue?> FindAsync(SauRoDbContext db, int indicatorId, ReportingPeriod period, CancellationToken cancellation) =>
        db.IndicatorValues.SingleOrDefaultAsync(v => v.IndicatorId == indicatorId && v.PeriodKey == period.Key, cancellation);

    /// <summary>Why the stored value cannot be changed (see <see cref="ReportLocks"/>), or null when it can.</summary>
    public static async Task<string?> LockedAsync(SauRoDbContext db, IndicatorValue? stored, ReportingPeriod period, CancellationToken cancellation) =>
        stored is not null && await ReportLocks.CarrierStateAsync(db, stored.ReportId, cancellation) is { } state && ReportLocks.Locks(state)
            ? ReportLocks.ValueLockedMessage(period.Label)
            : null;

    /// <summary>
    /// Writes the value into the stored row or a new one (added to the context; the caller saves). The row keeps the
    /// report carrying it, or takes <paramref name="reportId"/> when given.
    /// </summary>
    public static IndicatorValue Write(
        SauRoDbContext db, IndicatorValue? stored, int indicatorId, ReportingPeriod period, ValueToWrite value,
        string userName, int? officeId, DateTimeOffset now, int? reportId = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var row = stored ?? db.IndicatorValues.Add(new IndicatorValue { IndicatorId = indicatorId, PeriodKey = period.Key, UserName = userName }).Entity;
        row.Value = value.Value;
        row.Numerator = value.Value is null ? value.Numerator : null;
        row.Denominator = value.Value is null ? value.Denominator : null;
        row.Note = value.Note;
        row.UserName = userName;
        row.OfficeId = officeId ?? row.OfficeId;
        row.At = now;
        row.ReportId = reportId ?? row.ReportId;
        return row;
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SauRo.Data.Entities;

namespace SauRo.Features.Monitoring;

/// <summary>
/// What the "Cập nhật tiến độ" form posts (field names "Update.State", "Update.PercentDone"…): text as typed, dates as
/// dd/MM/yyyy, the optional attachment. <see cref="Check"/> reads it and applies <see cref="TaskUpdateValues"/>.
/// </summary>
public sealed class TaskUpdateInput
{
    public const string Prefix = "Update";

    public string? State { get; set; }

    public string? PercentDone { get; set; }

    public string? CompletedOn { get; set; }

    public string? Result { get; set; }

    public string? EvidenceNumber { get; set; }

    public string? EvidenceDate { get; set; }

    public string? Difficulties { get; set; }

    public string? Proposals { get; set; }

    public IFormFile? Attachment { get; set; }

    /// <summary>On the edit form: drop the attachment the update has.</summary>
    public bool RemoveAttachment { get; set; }

    /// <summary>The accepted values, or null with each problem added to the model state under "Update.{Field}".</summary>
    public TaskUpdateValues? Check(DateOnly today, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        void Error(string field, string message)
        {
            refused.Add(field);
            modelState.AddModelError(Key(field), message);
        }

        int? percent = null;
        var percentText = PercentDone?.Trim().TrimEnd('%').Trim();
        if (!string.IsNullOrEmpty(percentText))
        {
            if (int.TryParse(percentText, NumberStyles.None, CultureInfo.InvariantCulture, out var p))
            {
                percent = p;
            }
            else
            {
                Error("percentDone", "Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.");
            }
        }

        var state = TaskProgressStateText.Parse(State);
        var completed = TaskUpdateValues.ParseDay(CompletedOn, out var badCompleted);
        if (badCompleted && state == TaskProgressState.Done)
        {
            Error("completedOn", "Ngày hoàn thành không đúng dạng dd/MM/yyyy (ví dụ 30/06/2026).");
        }

        var evidence = TaskUpdateValues.ParseDay(EvidenceDate, out var badEvidence);
        if (badEvidence)
        {
            Error("evidenceDate", "Ngày văn bản không đúng dạng dd/MM/yyyy (ví dụ 30/06/2026).");
        }

        // The rules report the other fields; a field already refused for its form is not reported twice.
        var typed = new HashSet<string>(refused, StringComparer.Ordinal);
        var values = TaskUpdateValues.Check(
            new(state, percent, completed, Result, EvidenceNumber, evidence, Difficulties, Proposals),
            today,
            (field, message) =>
            {
                if (!typed.Contains(field))
                {
                    Error(field, message);
                }
            });
        return refused.Count == 0 ? values : null;
    }

    private static string Key(string field) => $"{Prefix}.{char.ToUpperInvariant(field[0])}{field[1..]}";
}

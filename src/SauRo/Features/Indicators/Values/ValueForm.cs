using SauRo.Core.Text;
using SauRo.Features.Plans;

namespace SauRo.Features.Indicators.Values;

/// <summary>
/// A value as typed in a form: a number written the Vietnamese way ("17,5", "1.250", "80%"), or a numerator and a
/// denominator ("45" / "60"), with an optional note.
/// </summary>
public sealed class ValueForm
{
    public string? Value { get; set; }

    public string? Numerator { get; set; }

    public string? Denominator { get; set; }

    public string? Note { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Numerator) && string.IsNullOrWhiteSpace(Denominator);

    /// <summary>
    /// The value when it is acceptable (<see cref="ValueRules"/>); otherwise null, each message reported with the name of
    /// the form field it concerns (<paramref name="prefix"/> + ".Value", ".Numerator", ".Denominator", ".Note").
    /// </summary>
    public ValueToWrite? Read(string? unit, string prefix, Action<string, string> error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var ok = true;
        decimal? Number(string? text, ValueField field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            var number = PlanText.ParseDecimal(text);
            if (number is null)
            {
                error($"{prefix}.{field}", ValueRules.NumberMessage);
                ok = false;
            }

            return number;
        }

        var value = Number(Value, ValueField.Value);
        var numerator = Number(Numerator, ValueField.Numerator);
        var denominator = Number(Denominator, ValueField.Denominator);
        var note = VietnameseText.Clean(Note);
        if (note.Length > ValueRules.MaxNoteLength)
        {
            error($"{prefix}.{ValueField.Note}", "Ghi chú dài quá 1.000 ký tự.");
            ok = false;
        }

        if (!ok)
        {
            return null;
        }

        var problems = ValueRules.Check(value, numerator, denominator, unit);
        foreach (var (field, message) in problems)
        {
            error($"{prefix}.{field}", message);
        }

        return problems.Count == 0 ? new ValueToWrite(value, numerator, denominator, note.Length == 0 ? null : note) : null;
    }
}

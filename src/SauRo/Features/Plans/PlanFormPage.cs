using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SauRo.Core.Text;
using SauRo.Data.Entities;
using SauRo.Features.Import;

namespace SauRo.Features.Plans;

/// <summary>A unit a new plan can belong to.</summary>
public sealed record UnitChoice(int Id, string Name);

/// <summary>What the plan create and edit pages share: the form, reading its numbers and date, writing a plan.</summary>
public abstract class PlanFormPage : PageModel
{
    [Microsoft.AspNetCore.Mvc.BindProperty]
    public PlanInput Input { get; set; } = new();

    public abstract string Heading { get; }

    public abstract string SubmitText { get; }

    /// <summary>The unit the plan belongs to, shown when it is fixed.</summary>
    public string? UnitName { get; protected set; }

    /// <summary>The units to choose from when the plan's unit is not given yet.</summary>
    public List<UnitChoice> UnitChoices { get; protected set; } = [];

    /// <summary>Where "Hủy" goes.</summary>
    public abstract string CancelUrl { get; }

    protected void Fill(Plan plan)
    {
        Input = new PlanInput
        {
            UnitId = plan.UnitId,
            Number = plan.Number,
            Place = plan.Place,
            IssuedOn = IssuedDate.ForForm(plan.IssuedOn),
            Issuer = plan.Issuer,
            Title = plan.Title,
            Signer = plan.Signer,
            SignerRole = plan.SignerRole,
            Year = plan.Year?.ToString(CultureInfo.InvariantCulture),
            DeclaredIndicators = plan.DeclaredIndicators?.ToString(CultureInfo.InvariantCulture),
            DeclaredTasks = plan.DeclaredTasks?.ToString(CultureInfo.InvariantCulture),
            BasesText = string.Join('\n', plan.Bases.OrderBy(b => b.Position).Select(b => b.Text)),
        };
    }

    /// <summary>Writes the form into the plan; false (messages in ModelState) when a number or the date is not readable.</summary>
    protected bool TryApply(Plan plan, DateTimeOffset now)
    {
        var issued = Optional(Input.IssuedOn) is { } issuedText ? IssuedDate.Parse(issuedText) : null;
        if (Optional(Input.IssuedOn) is not null && issued is null)
        {
            ModelState.AddModelError("Input.IssuedOn", IssuedDate.Message);
        }

        var year = Whole(Input.Year, "Input.Year", 1900, 2200, "Năm phải là một số từ 1900 đến 2200.");
        var indicators = Whole(Input.DeclaredIndicators, "Input.DeclaredIndicators", 0, 10_000, "Số chỉ tiêu văn bản ghi phải là một số nguyên không âm.");
        var tasks = Whole(Input.DeclaredTasks, "Input.DeclaredTasks", 0, 10_000, "Số nhiệm vụ văn bản ghi phải là một số nguyên không âm.");
        if (!ModelState.IsValid)
        {
            return false;
        }

        var number = Optional(Input.Number);
        if (number != plan.Number)
        {
            plan.NumberText = number;
        }

        plan.Number = number;
        plan.Place = Optional(Input.Place);
        plan.IssuedOn = issued?.ToIso();
        plan.Issuer = Optional(Input.Issuer);
        plan.Title = VietnameseText.Clean(Input.Title);
        plan.Signer = Optional(Input.Signer);
        plan.SignerRole = Optional(Input.SignerRole);
        plan.Year = year ?? issued?.Year;
        plan.DeclaredIndicators = indicators;
        plan.DeclaredTasks = tasks;
        plan.Bases.Clear();
        plan.Bases.AddRange((Input.BasesText ?? string.Empty).Split('\n')
            .Select(VietnameseText.Clean).Where(b => b.Length > 0)
            .Select((b, i) => new PlanBasis { Position = i, Text = b }));
        plan.SearchKey = PlanMapping.PlanSearchKey(plan);
        plan.UpdatedAt = now;
        return true;
    }

    private int? Whole(string? text, string field, int min, int max, string message)
    {
        var t = Optional(text);
        if (t is null)
        {
            return null;
        }

        if (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        ModelState.AddModelError(field, message);
        return null;
    }

    private static string? Optional(string? text)
    {
        var cleaned = VietnameseText.Clean(text);
        return cleaned.Length == 0 ? null : cleaned;
    }
}

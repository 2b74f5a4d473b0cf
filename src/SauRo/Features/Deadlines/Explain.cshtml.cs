using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SauRo.Core.Plans;

namespace SauRo.Features.Deadlines;

/// <summary>
/// The live preview under a deadline field: how the text typed so far is understood, as a small HTML fragment that
/// htmx puts into the preview element. Pure computation (DeadlineParser with the plan's year); reads no data.
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ExplainModel : PageModel
{
    public const int MaxLength = 2000;

    public Deadline Deadline { get; private set; } = null!;

    public void OnGet(
        [FromQuery(Name = "Input.DueText")] string? due,
        [FromQuery(Name = "Input.AdjustedDueText")] string? adjusted,
        [FromQuery] string? text,
        [FromQuery] int? year)
    {
        var typed = due ?? adjusted ?? text ?? string.Empty;
        if (typed.Length > MaxLength)
        {
            typed = typed[..MaxLength];
        }

        Deadline = DeadlineParser.Parse(typed, year is >= 1900 and <= 2200 ? year : null);
    }
}

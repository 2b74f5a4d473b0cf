namespace SauRo.Features.Exchange;

/// <summary>How an uploaded exchange file is named and kept waiting for confirmation.</summary>
public static class ExchangeUploads
{
    /// <summary>How long an unconfirmed upload is kept (as plan uploads).</summary>
    public static readonly TimeSpan PendingLifetime = TimeSpan.FromHours(24);

    /// <summary>The name without a folder (old browsers send "C:\…\xa.json"), at most 200 characters; a default when none.</summary>
    public static string SafeFileName(string? sent)
    {
        var bare = (sent ?? string.Empty).Replace('\\', '/');
        bare = bare[(bare.LastIndexOf('/') + 1)..].Trim();
        if (bare.Length == 0)
        {
            return "du-lieu-trao-doi.json";
        }

        return bare.Length <= 200 ? bare : bare[..100] + "…" + bare[^99..];
    }
}

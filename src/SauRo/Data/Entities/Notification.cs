using System.ComponentModel.DataAnnotations;

namespace SauRo.Data.Entities;

/// <summary>
/// An in-app notification (and the e-mail sent for it). The key makes reminders idempotent: the reminder job inserts
/// a key once per recipient, so running it twice sends nothing twice.
/// </summary>
public class Notification
{
    public int Id { get; set; }

    public required string Key { get; set; }

    public required string UserId { get; set; }

    public required string Kind { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    public string? Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? EmailedAt { get; set; }

    public string? EmailError { get; set; }

    /// <summary>
    /// How many times sending the e-mail was tried; the reminder job gives up at a cap. A concurrency token: an instance
    /// claims a notification by raising it, so two instances never send the same e-mail at once.
    /// </summary>
    [ConcurrencyCheck]
    public int EmailAttempts { get; set; }

    /// <summary>When the last try started; a try without outcome (the process stopped) is retried after a while.</summary>
    public DateTimeOffset? EmailTriedAt { get; set; }
}

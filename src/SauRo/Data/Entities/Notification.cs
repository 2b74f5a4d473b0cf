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
}

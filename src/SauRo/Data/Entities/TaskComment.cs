namespace SauRo.Data.Entities;

/// <summary>A comment on a task, by an office that leads or cooperates, the standing body or a leader.</summary>
public class TaskComment
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    /// <summary>The office or commune the author wrote for, as named when writing.</summary>
    public string? AuthorUnit { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

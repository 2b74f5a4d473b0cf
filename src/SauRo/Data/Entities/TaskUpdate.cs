namespace SauRo.Data.Entities;

/// <summary>How far a task is, as its lead office reports it.</summary>
public enum TaskProgressState
{
    /// <summary>Chưa thực hiện.</summary>
    NotStarted,

    /// <summary>Đang thực hiện.</summary>
    InProgress,

    /// <summary>Đã hoàn thành.</summary>
    Done,
}

/// <summary>
/// A progress update of a task by its lead office: state, percent done, what was produced with the document as
/// evidence, difficulties and proposals. Updates are never changed once their report is approved.
/// </summary>
public class TaskUpdate
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    /// <summary>The office the update speaks for (one of the task's lead offices), when known.</summary>
    public int? OfficeId { get; set; }

    public required string UserId { get; set; }

    public required string UserName { get; set; }

    public DateTimeOffset At { get; set; }

    public TaskProgressState State { get; set; }

    /// <summary>0–100.</summary>
    public int PercentDone { get; set; }

    /// <summary>The day the task was completed, when State is Done (Vietnam calendar date).</summary>
    public DateOnly? CompletedOn { get; set; }

    public string? Result { get; set; }

    /// <summary>Evidence: the number of the document that shows the result ("12/BC-UBND").</summary>
    public string? EvidenceNumber { get; set; }

    public DateOnly? EvidenceDate { get; set; }

    public int? AttachmentId { get; set; }

    public string? Difficulties { get; set; }

    public string? Proposals { get; set; }

    /// <summary>The report that carries this update, once gathered into one.</summary>
    public int? ReportId { get; set; }
}

namespace SauRo.Core.Import.Documents;

/// <summary>The outcome of reading a file: a value, or a Vietnamese message saying why it cannot be read at all.</summary>
public readonly record struct ReadResult<T>
    where T : class
{
    private ReadResult(T? value, string? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public static ReadResult<T> Success(T value) => new(value, null);

    public static ReadResult<T> Failure(string error) => new(null, error);
}

using System.Globalization;

namespace SauRo.Core.Exchange;

/// <summary>One reason a file is refused: where (a JSON path such as "plans[0].tasks[3].content", empty for the whole file) and why, in Vietnamese.</summary>
public sealed record ExchangeError(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}

/// <summary>The document read from a file, or every reason (up to <see cref="ExchangeLimits.MaxErrors"/>) it is refused.</summary>
public sealed record ExchangeReadResult
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public ExchangeDocument? Document { get; private init; }

    public IReadOnlyList<ExchangeError> Errors { get; private init; } = [];

    /// <summary>Refusals found beyond those listed.</summary>
    public int MoreErrors { get; private init; }

    public bool IsSuccess => Document is not null;

    /// <summary>The refusal as one Vietnamese text: a first sentence, then one line per error.</summary>
    public string Message => IsSuccess
        ? string.Empty
        : Errors.Count == 1 && Errors[0].Path.Length == 0
            ? Errors[0].Message
            : $"Tệp trao đổi có lỗi nên chưa nhập gì ({Count(Errors.Count + MoreErrors)} lỗi):\n"
                + string.Join('\n', Errors.Select(e => "- " + e))
                + (MoreErrors > 0 ? $"\n- … và {Count(MoreErrors)} lỗi khác." : string.Empty);

    public static ExchangeReadResult Success(ExchangeDocument document) => new() { Document = document };

    public static ExchangeReadResult Failure(string message) => new() { Errors = [new ExchangeError(string.Empty, message)] };

    public static ExchangeReadResult Failure(IReadOnlyList<ExchangeError> errors, int more) => new() { Errors = errors, MoreErrors = more };

    private static string Count(int n) => n.ToString("N0", Vietnamese);
}

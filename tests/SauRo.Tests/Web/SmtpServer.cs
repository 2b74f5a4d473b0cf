using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace SauRo.Tests.Web;

/// <summary>
/// A real SMTP server on loopback for the reminder tests: Debian's python3-aiosmtpd with its Mailbox handler, writing
/// every message it accepts to a temporary maildir, read back by <see cref="Messages"/>. Tests that need it skip with a
/// clear message when the package is missing on this machine (scripts/test.sh installs it, so CI never skips).
/// </summary>
public sealed partial class SmtpServer : IDisposable
{
    public const string Python = "/usr/bin/python3";

    private static readonly Lazy<string?> Missing = new(FindMissing);

    private readonly Process _process;
    private readonly string _directory;

    private SmtpServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
    }

    public int Port { get; }

    private string Maildir => Path.Combine(_directory, "mail");

    /// <summary>Skips the calling test when aiosmtpd is not installed.</summary>
    public static void RequireAvailable()
    {
        if (Missing.Value is { } why)
        {
            Assert.Skip($"Không có máy chủ SMTP thử: {why}. Cài bằng «apt-get install python3-aiosmtpd» (scripts/test.sh tự cài).");
        }
    }

    /// <summary>A free loopback port, not listened on (for a server that is down, or one started later on it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts a server on <paramref name="port"/> (a free one when not given) and waits until it accepts connections.</summary>
    public static async Task<SmtpServer> StartAsync(int? port = null)
    {
        RequireAvailable();
        var directory = Directory.CreateTempSubdirectory("sauro-smtp-").FullName;
        var p = port ?? FreePort();
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{p}", "-c", "aiosmtpd.handlers.Mailbox", Path.Combine(directory, "mail") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Không khởi động được aiosmtpd.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new SmtpServer(process, directory, p);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, p);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (SocketException)
            {
                server.Dispose();
                throw new InvalidOperationException($"aiosmtpd không nghe ở cổng {p}.");
            }
        }
    }

    /// <summary>The messages received so far, oldest first.</summary>
    public List<ReceivedMail> Messages()
    {
        var files = new[] { "new", "cur" }
            .Select(d => Path.Combine(Maildir, d))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Select(f => new FileInfo(f))
            .OrderBy(f => f.LastWriteTimeUtc)
            .ThenBy(f => f.Name, StringComparer.Ordinal);
        return [.. files.Select(f => ReceivedMail.Parse(File.ReadAllText(f.FullName, Encoding.UTF8)))];
    }

    /// <summary>The messages sent to <paramref name="address"/>.</summary>
    public List<ReceivedMail> MessagesTo(string address) => [.. Messages().Where(m => m.To.Contains(address, StringComparer.OrdinalIgnoreCase))];

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        finally
        {
            _process.Dispose();
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string? FindMissing()
    {
        if (!File.Exists(Python))
        {
            return $"thiếu {Python}";
        }

        using var check = Process.Start(new ProcessStartInfo(Python) { ArgumentList = { "-c", "import aiosmtpd" }, RedirectStandardError = true, UseShellExecute = false })!;
        check.StandardError.ReadToEnd();
        check.WaitForExit();
        return check.ExitCode == 0 ? null : "python3-aiosmtpd chưa được cài";
    }
}

/// <summary>A message as the server stored it: recipients, sender, subject and body decoded (RFC 2047 words, base64, quoted-printable), the raw text.</summary>
public sealed partial record ReceivedMail(IReadOnlyList<string> To, string From, string Subject, string Body, string ContentType, string Raw)
{
    public static ReceivedMail Parse(string raw)
    {
        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 2)..];
        var headers = new List<(string Name, string Value)>();
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && headers.Count > 0)
            {
                headers[^1] = (headers[^1].Name, headers[^1].Value + " " + line.Trim());
            }
            else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                headers.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        string Header(string name) => headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value ?? string.Empty;

        var to = AddressPattern().Matches(Header("To")).Select(m => m.Value).ToList();
        var encoding = Header("Content-Transfer-Encoding").ToLowerInvariant();
        var decoded = encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => QuotedPrintable(body),
            _ => body,
        };
        return new ReceivedMail(to, DecodeWords(Header("From")), DecodeWords(Header("Subject")), decoded.Replace("\r\n", "\n", StringComparison.Ordinal), Header("Content-Type"), raw);
    }

    /// <summary>Decodes RFC 2047 encoded words ("=?utf-8?B?…?="), joining adjacent ones.</summary>
    private static string DecodeWords(string value)
    {
        var joined = AdjacentWords().Replace(value, "$1");
        return EncodedWord().Replace(joined, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups["charset"].Value);
            var data = m.Groups["data"].Value;
            return string.Equals(m.Groups["kind"].Value, "B", StringComparison.OrdinalIgnoreCase)
                ? charset.GetString(Convert.FromBase64String(data))
                : charset.GetString(QuotedPrintableBytes(data.Replace('_', ' ')));
        });
    }

    private static string QuotedPrintable(string body) => Encoding.UTF8.GetString(QuotedPrintableBytes(body.Replace("=\n", string.Empty, StringComparison.Ordinal)));

    private static byte[] QuotedPrintableBytes(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"[^\s<>,""]+@[^\s<>,""]+")]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[BbQq])\?(?<data>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)")]
    private static partial Regex AdjacentWords();
}

using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;

namespace SauRo.Hosting;

/// <summary>
/// Throttles password guessing from one place: each client address may try to sign in (login page and
/// <c>POST /api/v1/auth/login</c> together) a fixed number of times per minute, 10 unless the setting
/// <c>Security:LoginAttemptsPerMinute</c> says otherwise; beyond that the answer is 429 with <c>Retry-After</c>. The
/// lockout of an account after 5 wrong passwords is Identity's and comes on top. The client address is the
/// connection's (or, behind a reverse proxy on the same machine, the one it forwards); IPv6 clients count per /64, the
/// block a single subscriber holds. Without an address (an in-process test host) there is no limit.
/// </summary>
public sealed class LoginThrottling : IDisposable
{
    public const string Message = "Bạn thử đăng nhập quá nhiều lần từ máy này. Hãy đợi một phút rồi thử lại.";

    private readonly PartitionedRateLimiter<IPAddress> _limiter;

    public LoginThrottling(IConfiguration config)
    {
        var permits = Math.Max(1, config.GetValue<int?>("Security:LoginAttemptsPerMinute") ?? 10);
        _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>Counts one login attempt; null when it may go on, else how long the client must wait.</summary>
    public TimeSpan? Refuse(HttpContext context)
    {
        if (Client(context.Connection.RemoteIpAddress) is not { } client)
        {
            return null;
        }

        using var lease = _limiter.AttemptAcquire(client);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : TimeSpan.FromMinutes(1);
    }

    /// <summary>Sets 429 and <c>Retry-After</c> (whole seconds, at least 1) on the response.</summary>
    public static void MarkRefused(HttpResponse response, TimeSpan wait)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    public void Dispose() => _limiter.Dispose();

    private static IPAddress? Client(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }
}

public static class LoginThrottlingSetup
{
    public static IServiceCollection AddLoginThrottling(this IServiceCollection services) => services.AddSingleton<LoginThrottling>();
}

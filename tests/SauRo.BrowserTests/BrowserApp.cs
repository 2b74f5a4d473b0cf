using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SauRo.Tests.Web;

namespace SauRo.BrowserTests;

/// <summary>
/// The app served by Kestrel on a free port of 127.0.0.1 (SQLite, fresh file) and Debian's Chromium driven by
/// Playwright. The browser is never downloaded: SAURO_CHROMIUM (or /usr/bin/chromium) is launched.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;

    public SqliteWebApp App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        // Every scenario signs in from 127.0.0.1: lift the per-address login limit for the browser tests.
        App.Settings["Security:LoginAttemptsPerMinute"] = "1000";
        App.UseKestrel(0);
        await App.InitializeAsync();
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("SAURO_CHROMIUM");
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = string.IsNullOrEmpty(chromium) ? "/usr/bin/chromium" : chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A fresh browser context (its own cookies) with a page in Vietnamese.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }
}

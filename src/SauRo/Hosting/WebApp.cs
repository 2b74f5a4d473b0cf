using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using SauRo.Data;
using SauRo.Data.Entities;
using SauRo.Features.Accounts;
using SauRo.Features.Api;
using SauRo.Features.Audit;
using SauRo.Features.Demo;
using SauRo.Features.Exchange;
using SauRo.Features.Import;
using SauRo.Features.Notifications;
using SauRo.Features.Reminders;

namespace SauRo.Hosting;

/// <summary>Builds the web application: services, authentication, pages, API, health.</summary>
public static class WebApp
{
    /// <summary>Uploads larger than this are refused with a Vietnamese message (the request limit is a little higher).</summary>
    public const long MaxUploadBytes = 20L * 1024 * 1024;

    public static WebApplication Build(string[] args)
    {
        // The application is SauRo whichever program hosts it (the executable, the tests, the benchmarks): its static
        // web assets manifests are named after it.
        // Settings are read once at start: watching them for changes watches the whole working directory with its
        // subfolders, where the SQLite database lives, so every write woke the watcher (3% of the server's time under
        // many updates).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"],
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
        });

        // Run from the build output (dotnet run), CSS and JS come from the project's wwwroot through the static web
        // assets manifest, whatever the environment and working directory; a published app has no manifest and
        // serves its own wwwroot.
        builder.WebHost.UseStaticWebAssets();
        var config = builder.Configuration;
        var database = DatabaseSettings.From(config["db"] ?? config["SAURO_DB"], Directory.GetCurrentDirectory());
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(SauRo.Features.Monitoring.MonitoringSettings.From(builder.Configuration));
        builder.Services.AddDbContextPool<SauRoDbContext>(database.Apply);
        builder.Services.AddAuditFeature();
        builder.Services.AddSessionCache();

        builder.Services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SauRoDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<VietnameseIdentityErrors>();

        builder.Services.AddAuthentication(o =>
            {
                o.DefaultScheme = AuthSchemes.Selector;
                o.DefaultChallengeScheme = AuthSchemes.Selector;
            })
            .AddPolicyScheme(AuthSchemes.Selector, "Cookie hoặc Bearer", o => o.ForwardDefaultSelector = AuthSchemes.Select)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8))
            .AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(AuthSchemes.ConfigureCookie));
        builder.Services.AddAuthorizationBuilder()
            .AddSauRoPolicies()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        var keys = config["DataProtection:KeysPath"];
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("SauRo");
        if (!string.IsNullOrEmpty(keys) || database.Provider == DatabaseProvider.Sqlite)
        {
            var path = keys ?? Path.Combine(Directory.GetCurrentDirectory(), "data", "keys");
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(path));
        }

        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
        });
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Sáu Rõ API";
            doc.Info.Description = "Đơn vị, kế hoạch, chỉ tiêu và nhiệm vụ. Đăng nhập bằng POST /api/v1/auth/login để lấy mã Bearer.";
            return Task.CompletedTask;
        }));
        builder.Services.AddResponseCompression(o =>
        {
            // Pages carry antiforgery tokens: over HTTPS they are not compressed (BREACH); static files are
            // served pre-compressed by MapStaticAssets either way.
            o.EnableForHttps = false;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        // Kestrel's request limit (20 MB + room for the form) answers first with 413, shown as "Tệp quá lớn"; the
        // multipart limit sits above it so that it never gives a bare 400 instead.
        builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = MaxUploadBytes + (4 * 1024 * 1024));
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MaxUploadBytes + (2 * 1024 * 1024));

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<UnitScope>();
        builder.Services.AddAccountsFeature();
        builder.Services.AddLoginThrottling();
        builder.Services.AddTransportSecurity(config);
        builder.Services.AddImportFeature();
        builder.Services.AddExchangeFeature();
        builder.Services.AddApiFeature();
        builder.Services.AddDemoFeature();
        builder.Services.AddNotificationsFeature();
        builder.Services.AddHostedService<DatabasePreparation>();
        builder.Services.AddSingleton<SauRo.Features.Monitoring.TaskUpdateWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SauRo.Features.Monitoring.TaskUpdateWriter>());
        builder.Services.AddRemindersFeature(config); // after the database preparation: its hosted service starts later
        if (config.GetValue("Monitoring:StatusRefresh", true))
        {
            builder.Services.AddHostedService<SauRo.Features.Monitoring.StatusRefreshService>();
        }
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseWhen(context => !AuthSchemes.IsApi(context.Request), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?code={0}"));
        app.UseTransportSecurity(config);
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseRouting();
        app.UseAuthentication();
        app.UseSessionValidation();
        app.UseAuthorization();

        app.MapGet("/health", () => Results.Text("Sáu Rõ hoạt động bình thường", "text/plain; charset=utf-8")).AllowAnonymous().ExcludeFromDescription();
        app.MapStaticAssets().AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapRazorPages();
        app.MapApi();
        app.MapFallback("/api/{**path}", () => Results.Problem("Không có địa chỉ API này. Xem /openapi/v1.json.", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization()
            .ExcludeFromDescription();
        return app;
    }
}

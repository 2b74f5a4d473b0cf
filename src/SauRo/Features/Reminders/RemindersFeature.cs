namespace SauRo.Features.Reminders;

public static class RemindersFeature
{
    /// <summary>
    /// The reminder job, its mail settings and mailer, and the hosted service that runs it periodically unless the
    /// setting Monitoring:Reminders is false (the command <c>SauRo remind</c> runs it once either way).
    /// </summary>
    public static IServiceCollection AddRemindersFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(SmtpSettings.Read(configuration));
        services.AddSingleton<ReminderMailer>();
        services.AddScoped<ReminderJob>();
        if (configuration.GetValue("Monitoring:Reminders", true))
        {
            services.AddHostedService<ReminderService>();
        }

        return services;
    }
}

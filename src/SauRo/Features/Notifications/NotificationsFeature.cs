namespace SauRo.Features.Notifications;

public static class NotificationsFeature
{
    /// <summary>The unread count of the layout's bell.</summary>
    public static IServiceCollection AddNotificationsFeature(this IServiceCollection services) => services.AddScoped<UnreadNotifications>();
}

namespace SauRo.Tests.Web;

/// <summary>
/// Base of the integration tests: each test class is written once against <see cref="WebAppFixture"/> and run twice,
/// by a subclass on SQLite and one on PostgreSQL (see the sealed classes at the end of each test file).
/// </summary>
public abstract class WebTest(WebAppFixture app)
{
    protected WebAppFixture App { get; } = RequireDatabase(app);

    private static WebAppFixture RequireDatabase(WebAppFixture app)
    {
        if (app is PostgresWebApp && PostgresWebApp.ServerConnection is null)
        {
            Assert.Skip("SAURO_TEST_PG chưa đặt: không có máy chủ PostgreSQL để chạy bản thử này (scripts/test.sh tự khởi động một cụm riêng).");
        }

        return app;
    }
}

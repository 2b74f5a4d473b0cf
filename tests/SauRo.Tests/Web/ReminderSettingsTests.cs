using Microsoft.Extensions.Configuration;
using SauRo.Features.Reminders;

namespace SauRo.Tests.Web;

/// <summary>The mail settings: read from configuration, "not configured" explained, the password never shown.</summary>
public sealed class ReminderSettingsTests
{
    [Fact]
    public void Read_TakesTheSmtpSectionAndTheBaseUrl_AndNeverShowsThePassword()
    {
        var settings = SmtpSettings.Read(Configuration(new()
        {
            ["Smtp:Host"] = "smtp.lamson.gov.vn",
            ["Smtp:Port"] = "587",
            ["Smtp:From"] = "sauro@lamson.gov.vn",
            ["Smtp:UserName"] = "sauro",
            ["Smtp:Password"] = "mat-khau-thu-bi-mat",
            ["Smtp:EnableSsl"] = "true",
            ["App:BaseUrl"] = "https://sauro.lamson.gov.vn/",
        }));

        settings.IsConfigured.ShouldBeTrue();
        settings.Problem().ShouldBeNull();
        settings.Port.ShouldBe(587);
        settings.EnableSsl.ShouldBeTrue();
        settings.BaseUrl.ShouldBe("https://sauro.lamson.gov.vn");
        settings.Describe().ShouldBe("smtp.lamson.gov.vn:587 (SSL), gửi từ sauro@lamson.gov.vn, tài khoản sauro");
        settings.ToString().ShouldNotContain("mat-khau-thu-bi-mat");
    }

    [Fact]
    public void Read_WithoutHostOrWithABadSender_IsNotConfigured_AndSaysWhy()
    {
        var none = SmtpSettings.Read(Configuration([]));
        none.IsConfigured.ShouldBeFalse();
        none.Problem().ShouldBe("chưa đặt máy chủ thư (Smtp:Host)");
        none.Port.ShouldBe(25);
        none.BaseUrl.ShouldBeNull();

        var badSender = SmtpSettings.Read(Configuration(new() { ["Smtp:Host"] = "127.0.0.1", ["Smtp:From"] = "khong phai dia chi" }));
        badSender.IsConfigured.ShouldBeFalse();
        badSender.Problem().ShouldBe("địa chỉ gửi (Smtp:From) thiếu hoặc không phải địa chỉ thư điện tử");
    }

    [Fact]
    public void Body_GreetsTheRecipient_GivesTheReminderAndTheFullLink()
    {
        var body = ReminderMailer.Body("Nguyễn Thị Thu", "Nhiệm vụ “Số hóa hồ sơ” đã quá hạn ngày 15/11/2026.", "/Tasks/7", "https://sauro.test");

        body.ShouldBe(
            "Kính gửi Nguyễn Thị Thu,\n\nNhiệm vụ “Số hóa hồ sơ” đã quá hạn ngày 15/11/2026.\n\nXem chi tiết: https://sauro.test/Tasks/7\n\n"
            + "--\nSáu Rõ — thư tự động nhắc việc theo kế hoạch; xin đừng trả lời thư này.\n");
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}

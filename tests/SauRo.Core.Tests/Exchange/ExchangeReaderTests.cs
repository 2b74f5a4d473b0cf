using System.Text;
using System.Text.Json.Nodes;
using SauRo.Core.Exchange;
using SauRo.Core.Plans;

namespace SauRo.Core.Tests.Exchange;

/// <summary>The contract's example, reading and writing the format, and what is read from it.</summary>
public class ExchangeReaderTests
{
    [Fact]
    public void DocExample_IsReadWithEveryValue_AndMatchesTheSchema()
    {
        JsonSchemaCheck.Exchange().Check(ExchangeExample.Json).ShouldBeEmpty();

        var read = ExchangeExample.Read(ExchangeExample.Json);

        read.IsSuccess.ShouldBeTrue(read.Message);
        var doc = read.Document!;
        doc.ExportedAt.ShouldBe(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(7)));
        doc.Commune.ShouldBe(new ExchangeCommune("Xã An Bình", null, "Tỉnh Lâm Sơn"));
        var plan = doc.Plans.ShouldHaveSingleItem();
        (plan.Number, plan.Year, plan.IssuedOn).ShouldBe(("07/KH-BCĐ", 2026, "2026-03-20"));
        plan.Reporting.ShouldBe([new ExchangeDuty(ReportingParty.Offices, "Phòng Văn hóa - Xã hội", ReportingFrequency.Monthly, 5, null, "Báo cáo tháng trước ngày 05")]);
        var indicator = plan.Indicators.ShouldHaveSingleItem();
        (indicator.Comparator, indicator.TargetValue, indicator.Origin).ShouldBe((Comparator.AtLeast, 80m, "table"));
        indicator.Values.Select(v => (v.Period, v.Value, v.Numerator, v.Denominator)).ShouldBe([("2026-M10", 72.5m, null, null), ("2026-M11", null, 145m, 180m)]);
        plan.Tasks.Count.ShouldBe(2);
        plan.Tasks[0].Due.ShouldBe(new ExchangeDeadline { Text = "Quý III/2026", Kind = DeadlineKind.Quarter, Start = new(2026, 7, 1), End = new(2026, 9, 30) });
        var update = plan.Tasks[0].Updates.ShouldHaveSingleItem();
        (update.State, update.PercentDone, update.CompletedOn, update.EvidenceNumber).ShouldBe((ExchangeProgress.Done, 100, new DateOnly(2026, 9, 25), "45/BC-TTPVHCC"));
        update.Attachment.ShouldBe(new ExchangeAttachment("bao-cao-so-hoa.pdf", 182044, "application/pdf"));
        plan.Tasks[1].AdjustedDue!.End.ShouldBe(new DateOnly(2026, 9, 30));
        plan.Reports.ShouldHaveSingleItem().State.ShouldBe(ExchangeReportState.Approved);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameDocumentAndTheSameBytes()
    {
        var doc = ExchangeExample.Read(ExchangeExample.Json).Document!;

        var bytes = ExchangeJson.Write(doc);
        var again = ExchangeReader.Read(bytes, ExchangeExample.Now);

        again.IsSuccess.ShouldBeTrue(again.Message);
        ExchangeJson.Write(again.Document!).ShouldBe(bytes);
        JsonSchemaCheck.Exchange().Check(Encoding.UTF8.GetString(bytes)).ShouldBeEmpty();
        Encoding.UTF8.GetString(bytes).ShouldContain("\"name\": \"Xã An Bình\""); // Vietnamese stays readable, not \u escapes
    }

    [Fact]
    public void UnknownFields_AreIgnored_IdsMayBeNumbers_AndTextsAreTrimmed()
    {
        var tree = ExchangeExample.Tree();
        tree["futureField"] = new JsonObject { ["anything"] = 1 };
        tree["plans"]![0]!["tasks"]![0]!["color"] = "xanh";
        tree["plans"]![0]!["id"] = 12;
        tree["plans"]![0]!["title"] = "  Kế hoạch có khoảng trắng  ";

        var read = ExchangeExample.Read(tree);

        read.IsSuccess.ShouldBeTrue(read.Message);
        read.Document!.Plans[0].Id.ShouldBe("12");
        read.Document.Plans[0].Title.ShouldBe("Kế hoạch có khoảng trắng");
    }

    [Fact]
    public void MinimalFile_OnlyRequiredFields_IsRead()
    {
        var read = ExchangeExample.Read("""
            {"format":"sauro-exchange","version":1,"exportedAt":"2026-11-01T08:00:00Z",
             "commune":{"name":"Xã Mới","province":"Lâm Sơn"},
             "plans":[{"title":"Kế hoạch tối thiểu","tasks":[{"content":"Việc một","updates":[{"at":"2026-10-01T09:00:00+07:00","state":"done"}]}]}]}
            """);

        read.IsSuccess.ShouldBeTrue(read.Message);
        var task = read.Document!.Plans[0].Tasks[0];
        task.Due.ShouldBeNull();
        task.Updates[0].PercentDone.ShouldBe(100);
    }

    [Fact]
    public void PlanKey_IsTheNumberAndYear_OrTheTitleWhileThereIsNoNumber()
    {
        ExchangeValidator.PlanKey("07/KH-BCĐ", "A", 2026).ShouldBe(ExchangeValidator.PlanKey("07/kh-bcd", "B", 2026));
        ExchangeValidator.PlanKey("07/KH-BCĐ", "A", 2026).ShouldNotBe(ExchangeValidator.PlanKey("07/KH-BCĐ", "A", 2025));
        ExchangeValidator.PlanKey(null, "Kế hoạch chuyển đổi số", 2026).ShouldBe(ExchangeValidator.PlanKey(null, "Ke hoach chuyen doi so", 2026));
    }
}

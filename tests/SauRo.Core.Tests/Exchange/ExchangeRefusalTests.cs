using System.Text;
using System.Text.Json.Nodes;
using SauRo.Core.Exchange;

namespace SauRo.Core.Tests.Exchange;

/// <summary>Hostile and bad files: each refused as a whole, with a Vietnamese reason naming where.</summary>
public class ExchangeRefusalTests
{
    private static ExchangeReadResult Spoiled(Action<JsonNode> spoil)
    {
        var tree = ExchangeExample.Tree();
        spoil(tree);
        return ExchangeExample.Read(tree);
    }

    private static void ShouldRefuse(ExchangeReadResult read, string path, string message)
    {
        read.IsSuccess.ShouldBeFalse();
        read.Document.ShouldBeNull();
        read.Errors.ShouldContain(e => e.Path == path && e.Message.Contains(message), read.Message);
        read.Message.ShouldContain(path.Length == 0 ? message : $"{path}: ");
    }

    [Fact]
    public void EmptyFile() => ShouldRefuse(ExchangeReader.Read(Array.Empty<byte>(), ExchangeExample.Now), "", "Tệp rỗng");

    [Fact]
    public void NotJson_APdf() =>
        ShouldRefuse(ExchangeReader.Read("%PDF-1.7\n%âãÏÓ"u8.ToArray(), ExchangeExample.Now), "", "không phải dữ liệu trao đổi JSON");

    [Fact]
    public void BrokenJson_SaysWhere() =>
        ShouldRefuse(ExchangeExample.Read("{\n\"format\": \"sauro-exchange\",\n\"version\": 1,,\n}"), "", "lỗi ở dòng 3");

    [Fact]
    public void TruncatedJson() =>
        ShouldRefuse(ExchangeExample.Read(ExchangeExample.Json[..(ExchangeExample.Json.Length / 2)]), "", "bị cắt cụt");

    [Fact]
    public void NestingBomb_IsRefusedWithoutReadingItAll()
    {
        var bomb = "{\"format\":\"sauro-exchange\",\"x\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        ShouldRefuse(ExchangeExample.Read(bomb), "", "lồng quá sâu");
    }

    [Fact]
    public void HugeFile_Over20MB()
    {
        var huge = new byte[(int)ExchangeLimits.MaxFileBytes + 1];
        huge[0] = (byte)'{';
        ShouldRefuse(ExchangeReader.Read(huge, ExchangeExample.Now), "", "quá lớn");
    }

    [Fact]
    public void AnotherJson_WithoutFormat() =>
        ShouldRefuse(ExchangeExample.Read("{\"plan\": {}, \"tasks\": []}"), "", "thiếu trường \"format\": \"sauro-exchange\"");

    [Fact]
    public void WrongFormat() => ShouldRefuse(Spoiled(t => t["format"] = "sauro-parse"), "", "không phải «sauro-exchange»");

    [Fact]
    public void FutureVersion() => ShouldRefuse(Spoiled(t => t["version"] = 2), "", "chỉ đọc phiên bản 1");

    [Fact]
    public void MissingTaskContent_NamesItsPath() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["tasks"]![1]!.AsObject().Remove("content")), "plans[0].tasks[1].content", "thiếu nội dung nhiệm vụ");

    [Fact]
    public void BlankRequiredText_IsMissing() =>
        ShouldRefuse(Spoiled(t => t["commune"]!["name"] = "   "), "commune.name", "thiếu tên xã/phường");

    [Fact]
    public void WrongType() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["year"] = "2026"), "plans[0].year", "phải là số nguyên (đang là chuỗi)");

    [Fact]
    public void InvalidDate() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["tasks"]![0]!["updates"]![0]!["completedOn"] = "2026-02-30"),
            "plans[0].tasks[0].updates[0].completedOn", "không phải ngày hợp lệ; ngày viết dạng yyyy-MM-dd");

    [Fact]
    public void DateInAnotherFormat() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["reports"]![0]!["dueDate"] = "05/11/2026"), "plans[0].reports[0].dueDate", "yyyy-MM-dd");

    [Fact]
    public void InstantWithoutOffset() =>
        ShouldRefuse(Spoiled(t => t["exportedAt"] = "2026-11-22T09:00:00"), "exportedAt", "kèm múi giờ");

    [Fact]
    public void ExportFromTheFuture() =>
        ShouldRefuse(Spoiled(t => t["exportedAt"] = "2027-01-01T00:00:00+07:00"), "exportedAt", "ở tương lai");

    [Fact]
    public void PeriodKeyThatDoesNotParse() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["indicators"]![0]!["values"]![0]!["period"] = "2026-M13"),
            "plans[0].indicators[0].values[0].period", "kỳ «2026-M13» không hợp lệ");

    [Fact]
    public void TwoValuesForOnePeriod() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["indicators"]![0]!["values"]![1]!["period"] = "2026-M10"),
            "plans[0].indicators[0].values[1].period", "đã có giá trị");

    [Fact]
    public void DuplicateTaskIds() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["tasks"]![1]!["id"] = "101"), "plans[0].tasks[1].id", "trùng mã nhiệm vụ «101» với plans[0].tasks[0]");

    [Fact]
    public void TwoPlansWithTheSameNumberAndYear() =>
        ShouldRefuse(Spoiled(t => t["plans"]!.AsArray().Add(JsonNode.Parse(t["plans"]![0]!.ToJsonString()!.Replace("\"12\"", "\"13\"", StringComparison.Ordinal)))),
            "plans[1]", "trùng kế hoạch số 07/KH-BCĐ năm 2026 với plans[0]");

    [Fact]
    public void ReferenceToAReportThatIsNotThere() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["tasks"]![0]!["updates"]![0]!["report"] = "999"),
            "plans[0].tasks[0].updates[0].report", "không có báo cáo mã «999»");

    [Fact]
    public void ReportWithoutItsDuty() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["reports"]![0]!["office"] = null), "plans[0].reports[0]", "không có chế độ báo cáo monthly của xã/phường");

    [Fact]
    public void ValueWithoutAValue() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["indicators"]![0]!["values"]![0]!["value"] = null), "plans[0].indicators[0].values[0]", "thiếu giá trị");

    [Fact]
    public void ControlCharacter() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["title"] = "Kế hoạch\u0007"), "plans[0].title", "ký tự điều khiển hoặc ký tự hỏng (mã U+0007)");

    [Fact]
    public void NulCharacter() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["tasks"]![0]!["content"] = "Việc\u0000ẩn"), "plans[0].tasks[0].content", "U+0000");

    [Fact]
    public void LoneSurrogate() =>
        ShouldRefuse(ExchangeExample.Read(ExchangeExample.Json.Replace("\"Xã An Bình\"", "\"X\\ud800\"", StringComparison.Ordinal)), "commune.name", "");

    [Fact]
    public void VeryLongString() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["tasks"]![0]!["content"] = new string('a', ExchangeLimits.LongText + 1)),
            "plans[0].tasks[0].content", "dài quá 20.000 ký tự (đang có 20.001)");

    [Fact]
    public void TooManyTasks_InOnePlan()
    {
        var read = Spoiled(t =>
        {
            var tasks = new JsonArray();
            for (var i = 0; i <= ExchangeLimits.MaxTasksPerPlan; i++)
            {
                tasks.Add(new JsonObject { ["content"] = "Việc" });
            }

            t["plans"]![0]!["tasks"] = tasks;
        });
        ShouldRefuse(read, "plans[0].tasks", "quá nhiều mục (5.001); tối đa 5.000 nhiệm vụ");
    }

    [Fact]
    public void FieldWrittenTwice()
    {
        var json = ExchangeExample.Json.Replace("\"version\": 1,", "\"version\": 1, \"exportedAt\": \"2020-01-01T00:00:00Z\",", StringComparison.Ordinal);
        ShouldRefuse(ExchangeExample.Read(json), "", "trường «exportedAt» được ghi hai lần");
    }

    [Fact]
    public void DeadlineEndingBeforeItStarts() =>
        ShouldRefuse(Spoiled(t => t["plans"]![0]!["tasks"]![0]!["due"]!["start"] = "2026-12-01"), "plans[0].tasks[0].due", "trước ngày bắt đầu");

    [Fact]
    public void ManyFaults_AreListedUpToTwenty_ThenCounted()
    {
        var read = Spoiled(t =>
        {
            foreach (var task in t["plans"]![0]!["tasks"]!.AsArray())
            {
                task!["updates"] = new JsonArray(Enumerable.Range(0, 15).Select(_ => (JsonNode)new JsonObject { ["state"] = "xong" }).ToArray());
            }
        });

        read.Errors.Count.ShouldBe(ExchangeLimits.MaxErrors);
        read.MoreErrors.ShouldBe(60 - ExchangeLimits.MaxErrors);
        read.Message.ShouldStartWith("Tệp trao đổi có lỗi nên chưa nhập gì (60 lỗi):");
        read.Message.ShouldContain("- plans[0].tasks[0].updates[0].at: thiếu thời điểm cập nhật (bắt buộc).");
        read.Message.ShouldContain("- plans[0].tasks[0].updates[0].state: tình trạng «xong» không hợp lệ; chỉ nhận: notStarted, inProgress, done.");
        read.Message.ShouldEndWith("… và 40 lỗi khác.");
    }

    [Fact]
    public void BomAndSpaces_BeforeTheObject_AreAllowed() =>
        ExchangeReader.Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("\n  " + ExchangeExample.Json)).ToArray(), ExchangeExample.Now)
            .IsSuccess.ShouldBeTrue();
}

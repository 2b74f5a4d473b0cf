using SauRo.Core.Import;

namespace SauRo.Core.Tests.Import;

public class PlanDiffTests
{
    private static DiffItem Task(string? ordinal, string content, string due = "Quý II/2026", string? section = "I", string? appendix = "Phụ lục II", string? lead = "Phòng Kinh tế") =>
        new(appendix, section, ordinal, new Dictionary<string, string?> { ["Nội dung"] = content, ["Chủ trì"] = lead, ["Thời hạn"] = due }, content);

    private static DiffEntry[] Compare(DiffItem[] current, DiffItem[] incoming) => [.. PlanDiff.Compare(current, incoming)];

    [Fact]
    public void Compare_SameDocument_EverythingUnchanged()
    {
        var current = new[] { Task("1", "Lắp camera"), Task("2", "Số hóa hồ sơ") };
        var incoming = new[] { Task("1", "Lắp camera"), Task("2", "Số hóa hồ sơ") };

        var diff = Compare(current, incoming);

        diff.Select(d => d.Kind).ShouldBe([DiffKind.Unchanged, DiffKind.Unchanged]);
        diff.Select(d => d.Current!.Tag).ShouldBe(["Lắp camera", "Số hóa hồ sơ"]);
        diff.ShouldAllBe(d => d.ChangedFields.Count == 0);
    }

    [Fact]
    public void Compare_ContentEditedInPlace_PairsByPlaceAndNamesTheField()
    {
        var current = new[] { Task("1", "Lắp camera"), Task("2", "Số hóa hồ sơ") };
        var incoming = new[] { Task("1", "Lắp camera"), Task("2", "Số hóa toàn bộ hồ sơ lưu trữ") };

        var diff = Compare(current, incoming);

        diff.Length.ShouldBe(2);
        diff[1].Kind.ShouldBe(DiffKind.Changed);
        diff[1].Current!.Tag.ShouldBe("Số hóa hồ sơ");
        diff[1].Incoming!.Tag.ShouldBe("Số hóa toàn bộ hồ sơ lưu trữ");
        diff[1].ChangedFields.ShouldBe(["Nội dung"]);
    }

    [Fact]
    public void Compare_DeadlineChanged_OnlyThatFieldChanges()
    {
        var diff = Compare([Task("1", "Lắp camera", due: "Quý II/2026")], [Task("1", "Lắp camera", due: "Tháng 9/2026")]);

        diff.Single().Kind.ShouldBe(DiffKind.Changed);
        diff.Single().ChangedFields.ShouldBe(["Thời hạn"]);
        diff.Single().Current!.Fields["Thời hạn"].ShouldBe("Quý II/2026");
        diff.Single().Incoming!.Fields["Thời hạn"].ShouldBe("Tháng 9/2026");
    }

    [Fact]
    public void Compare_RowInsertedAbove_RenumberedItemsAreUnchangedNotEdited()
    {
        var current = new[] { Task("1", "Lắp camera"), Task("2", "Số hóa hồ sơ"), Task("3", "Tập huấn kỹ năng số") };
        var incoming = new[] { Task("1", "Lắp camera"), Task("2", "Gắn địa chỉ số"), Task("3", "Số hóa hồ sơ"), Task("4", "Tập huấn kỹ năng số") };

        var diff = Compare(current, incoming);

        diff.Select(d => (d.Kind, d.Incoming?.Tag)).ShouldBe([
            (DiffKind.Unchanged, "Lắp camera"),
            (DiffKind.Added, "Gắn địa chỉ số"),
            (DiffKind.Unchanged, "Số hóa hồ sơ"),
            (DiffKind.Unchanged, "Tập huấn kỹ năng số"),
        ]);
        diff[2].Current!.Ordinal.ShouldBe("2");
        diff[2].Incoming!.Ordinal.ShouldBe("3");
    }

    [Fact]
    public void Compare_RowRemovedAndRenumbered_TheRemovedOneIsListedLast()
    {
        var current = new[] { Task("1", "Lắp camera"), Task("2", "Số hóa hồ sơ"), Task("3", "Tập huấn kỹ năng số") };
        var incoming = new[] { Task("1", "Lắp camera"), Task("2", "Tập huấn kỹ năng số") };

        var diff = Compare(current, incoming);

        diff.Select(d => d.Kind).ShouldBe([DiffKind.Unchanged, DiffKind.Unchanged, DiffKind.Removed]);
        diff[2].Current!.Tag.ShouldBe("Số hóa hồ sơ");
    }

    [Fact]
    public void Compare_TextDifferingInCaseAndToneMark_PairsAndReportsTheEdit()
    {
        var diff = Compare([Task("1", "Số hóa  hồ sơ", section: "A")], [Task("1", "SỐ HOÁ HỒ SƠ", section: "B")]);

        diff.Single().Kind.ShouldBe(DiffKind.Changed);
        diff.Single().ChangedFields.ShouldBe(["Nội dung"]);
    }

    [Fact]
    public void Compare_OnlyWhitespaceDiffers_Unchanged()
    {
        Compare([Task("1", "Số hóa  hồ sơ\n lưu trữ")], [Task("1", "Số hóa hồ sơ lưu trữ ")]).Single().Kind.ShouldBe(DiffKind.Unchanged);
    }

    [Fact]
    public void Compare_SameNumberInTwoSections_PairsWithinTheSection()
    {
        var current = new[] { Task("1", "Lắp camera", section: "A"), Task("1", "Kích hoạt VNeID", section: "B") };
        var incoming = new[] { Task("1", "Lắp camera", section: "A", due: "Quý III/2026"), Task("1", "Kích hoạt VNeID mức 2", section: "B") };

        var diff = Compare(current, incoming);

        diff.Select(d => d.Kind).ShouldBe([DiffKind.Changed, DiffKind.Changed]);
        diff[0].ChangedFields.ShouldBe(["Thời hạn"]);
        diff[1].Current!.Tag.ShouldBe("Kích hoạt VNeID");
        diff[1].ChangedFields.ShouldBe(["Nội dung"]);
    }

    [Fact]
    public void Compare_ItemsWithoutNumber_PairByTextOnly()
    {
        var current = new[] { Task(null, "Phủ sóng 5G 70% dân số", section: null), Task(null, "Chữ ký số 100%", section: null) };
        var incoming = new[] { Task(null, "Chữ ký số 100%", section: null, lead: "Văn phòng HĐND và UBND"), Task(null, "Phủ sóng 5G 80% dân số", section: null) };

        var diff = Compare(current, incoming);

        diff.Select(d => (d.Kind, (string?)(d.Incoming ?? d.Current)!.Tag)).ShouldBe([
            (DiffKind.Changed, "Chữ ký số 100%"),
            (DiffKind.Added, "Phủ sóng 5G 80% dân số"),
            (DiffKind.Removed, "Phủ sóng 5G 70% dân số"),
        ]);
        diff[0].ChangedFields.ShouldBe(["Chủ trì"]);
    }

    [Fact]
    public void Compare_DuplicatePlace_TheOneLeftAfterExactMatchesPairsByPlace()
    {
        // Two rows numbered 3 (a typo in the document); one is unchanged, so the other can only be the edited one.
        var current = new[] { Task("3", "Lắp camera"), Task("3", "Số hóa hồ sơ") };
        var incoming = new[] { Task("3", "Lắp camera an ninh"), Task("3", "Số hóa hồ sơ") };

        var diff = Compare(current, incoming);

        diff.Select(d => d.Kind).ShouldBe([DiffKind.Changed, DiffKind.Unchanged]);
        diff[0].Current!.Tag.ShouldBe("Lắp camera");
    }

    [Fact]
    public void Compare_DuplicatePlaceBothEdited_IsNotGuessed()
    {
        var current = new[] { Task("3", "Lắp camera"), Task("3", "Số hóa hồ sơ") };
        var incoming = new[] { Task("3", "Lắp camera an ninh"), Task("3", "Số hóa toàn bộ hồ sơ") };

        var diff = Compare(current, incoming);

        diff.Select(d => d.Kind).ShouldBe([DiffKind.Added, DiffKind.Added, DiffKind.Removed, DiffKind.Removed]);
    }

    [Fact]
    public void Compare_IdenticalDuplicates_PairOneToOne()
    {
        var current = new[] { Task(null, "Tuyên truyền", section: null) };
        var incoming = new[] { Task(null, "Tuyên truyền", section: null), Task(null, "Tuyên truyền", section: null) };

        var diff = Compare(current, incoming);

        diff.Select(d => d.Kind).ShouldBe([DiffKind.Unchanged, DiffKind.Added]);
    }

    [Fact]
    public void Compare_MovedToAnotherAppendix_PrefersTheSameAppendixWhenTextRepeats()
    {
        var current = new[] { Task("1", "Báo cáo kết quả", appendix: "Phụ lục I"), Task("1", "Báo cáo kết quả", appendix: "Phụ lục II") };
        var incoming = new[] { Task("2", "Báo cáo kết quả", appendix: "Phụ lục II") };

        var diff = Compare(current, incoming);

        diff[0].Kind.ShouldBe(DiffKind.Unchanged);
        diff[0].Current!.Appendix.ShouldBe("Phụ lục II");
        diff[1].Kind.ShouldBe(DiffKind.Removed);
        diff[1].Current!.Appendix.ShouldBe("Phụ lục I");
    }

    [Fact]
    public void Compare_EmptyStoredPlan_EverythingAdded()
    {
        var diff = Compare([], [Task("1", "Lắp camera"), Task("2", "Số hóa hồ sơ")]);

        diff.ShouldAllBe(d => d.Kind == DiffKind.Added && d.Current == null);
    }

    [Fact]
    public void Compare_FieldMissingOnOneSide_CountsAsEmpty()
    {
        var current = new DiffItem("PL", null, "1", new Dictionary<string, string?> { ["Nội dung"] = "Lắp camera", ["Sản phẩm"] = null }, null);
        var incoming = new DiffItem("PL", null, "1", new Dictionary<string, string?> { ["Nội dung"] = "Lắp camera" }, null);

        Compare([current], [incoming]).Single().Kind.ShouldBe(DiffKind.Unchanged);
    }
}

using System.Globalization;
using System.Text;

namespace SauRo.Bench;

/// <summary>A plan document of a chosen size in the shapes of real ones (tab tables, appendices, sections), deterministic.</summary>
public static class SyntheticPlan
{
    private static readonly string[] Offices =
    [
        "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Trung tâm Phục vụ hành chính công", "Công an xã", "Phòng Kinh tế",
    ];

    private static readonly string[] Deadlines =
    [
        "Tháng 4/2026", "Quý II/2026", "Trước ngày 30/6/2026", "Thường xuyên", "Từ quý II đến quý III năm 2026", "6 tháng đầu năm 2026",
        "Hằng quý", "Năm 2026", "12/7/2026", "Khi có yêu cầu của UBND tỉnh",
    ];

    public static string Build(int tasks, int indicators, int seed = 42)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        sb.AppendLine("Số: 99/KH-UBND").AppendLine().AppendLine("Xã Thử Nghiệm, ngày 10 tháng 4 năm 2026").AppendLine()
            .AppendLine("KẾ HOẠCH").AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Kế hoạch thử với {tasks} nhiệm vụ và {indicators} chỉ tiêu năm 2026").AppendLine()
            .AppendLine("Căn cứ Kế hoạch số 42/KH-UBND ngày 10/02/2026 của UBND tỉnh;").AppendLine()
            .AppendLine("**PHỤ LỤC I: CHỈ TIÊU**").AppendLine()
            .AppendLine("TT\tChỉ tiêu\tĐơn vị tính\tChỉ tiêu năm 2026\tCơ quan chủ trì\tVăn bản nguồn");
        for (var i = 1; i <= indicators; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i}.\tTỷ lệ hồ sơ thủ tục hành chính nhóm {i} được xử lý trực tuyến toàn trình\t%\t≥ {50 + random.Next(50)}\t{Offices[random.Next(Offices.Length)]}\tKế hoạch số 42/KH-UBND\n");
        }

        sb.AppendLine().AppendLine("**PHỤ LỤC II: NHIỆM VỤ**").AppendLine()
            .AppendLine("STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm\tThời hạn\tCăn cứ giao");
        var section = 0;
        for (var t = 1; t <= tasks; t++)
        {
            if ((t - 1) % 20 == 0)
            {
                section++;
                sb.Append(CultureInfo.InvariantCulture, $"<b>{Roman(section)}</b>\t<b>NHÓM NHIỆM VỤ {section}</b>\t\t\t\t\t\n");
            }

            var lead = Offices[random.Next(Offices.Length)];
            var coop = Offices[random.Next(Offices.Length)];
            sb.Append(CultureInfo.InvariantCulture,
                $"{t}.\tTriển khai nội dung số {t} về chuyển đổi số, số hóa hồ sơ và hướng dẫn người dân sử dụng dịch vụ công trực tuyến trên địa bàn\t{lead}\t{coop}; các thôn\tBáo cáo kết quả số {t}\t{Deadlines[random.Next(Deadlines.Length)]}\t42/KH-UBND\n");
        }

        return sb.ToString();
    }

    private static string Roman(int n) => n switch
    {
        1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", 10 => "X",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}

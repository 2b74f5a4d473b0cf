namespace SauRo.Cli;

/// <summary>The commands of the <c>SauRo</c> executable, dispatched by their first word.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 2;

    /// <summary>True when the first argument names a command; otherwise the executable serves the web app.</summary>
    public static bool IsCommand(string first) => !first.StartsWith("--", StringComparison.Ordinal) || first is "--help";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        switch (args)
        {
            case ["help" or "--help" or "-h" or "-?"]:
                stdout.Write(Usage);
                return Ok;
            case ["parse", .. var rest]:
                return ParseCommand.Run(rest, stdout, stderr);
            case ["schema-script", .. var rest]:
                return SchemaScriptCommand.Run(rest, stdout, stderr);
            case ["remind", .. var rest]:
                return RemindCommand.Run(rest, stdout, stderr);
            case ["export", .. var rest]:
                return ExportCommand.Run(rest, stdout, stderr);
            case ["import-exchange", .. var rest]:
                return ImportExchangeCommand.Run(rest, stdout, stderr);
            case ["report", .. var rest]:
                return ReportCommand.Run(rest, stdout, stderr);
            default:
                stderr.WriteLine($"Lệnh «{args[0]}» không có. Các lệnh: parse, remind, export, import-exchange, report, schema-script. Xem «SauRo --help».");
                return Failed;
        }
    }

    public const string Usage = """
        Sáu Rõ — theo dõi kế hoạch khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06.

        Cách dùng:
          SauRo [--urls <địa chỉ>] [--db <tệp SQLite | chuỗi kết nối PostgreSQL>]
                                       Chạy ứng dụng web (mặc định: SQLite tại data/sauro.db).
          SauRo parse <tệp> [--json]   Đọc một kế hoạch (.docx, .md, .txt) thành chỉ tiêu và nhiệm vụ.
          SauRo remind [--db <tệp SQLite | chuỗi kết nối PostgreSQL>]
                                       Chạy nhắc việc một lần (thông báo trong ứng dụng, thư điện tử nếu
                                       đã cấu hình Smtp) và in tóm tắt; chạy lại không gửi trùng.
          SauRo export --unit <mã xã/phường> --out <tệp .json> [--db …]
                                       Xuất dữ liệu trao đổi của một xã/phường (docs/exchange-json.md).
          SauRo import-exchange --province <mã tỉnh> <tệp .json> [--db …]
                                       Nhập dữ liệu trao đổi của một xã/phường vào tỉnh (một giao dịch;
                                       nhập lại đúng bản xuất đó không thay đổi gì).
          SauRo report --unit <mã đơn vị> [--period 2026-M10] --format docx|xlsx --out <tệp> [--db …]
                                       Lập báo cáo kết quả thực hiện của một xã, phường (hoặc báo cáo tổng
                                       hợp của một tỉnh) cho một kỳ (mặc định: tháng vừa kết thúc).
          SauRo schema-script sqlite|postgres
                                       In lược đồ CSDL của mô hình hiện tại (để viết bản chuyển đổi).
          SauRo --help                 Hiện hướng dẫn này.

        Mã thoát: 0 khi đọc được (kể cả khi có cảnh báo), 2 khi không đọc được.

        """;
}

using System.Text;
using SauRo.Bench;

Console.OutputEncoding = new UTF8Encoding(false);
return args switch
{
    ["parse", .. var rest] => ParseBenchmark.Run(rest),
    ["web", .. var rest] => await WebBenchmark.RunAsync(rest),
    [var first, ..] when first.StartsWith("--", StringComparison.Ordinal) => await SauRo.Bench.National.NationalBenchmark.RunAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Cách dùng:
          dotnet run --project bench/SauRo.Bench -c Release -- parse [--samples <thư mục>] [--seconds <n>] [--json]
          dotnet run --project bench/SauRo.Bench -c Release -- --size commune|province|nation --db sqlite|postgres [--pg "<chuỗi kết nối>"]
              [--runs <n>] [--seconds <n>] [--warmup <n>] [--workers <n>] [--no-http] [--server <SauRo.dll>] [--json]
          dotnet run --project bench/SauRo.Bench -c Release -- web [--tasks <n>] [--requests <n>] [--db <sqlite tệp | chuỗi PostgreSQL>] [--json]
        """);
    return 2;
}

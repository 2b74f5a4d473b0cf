using System.Text;
using SauRo.Bench;

Console.OutputEncoding = new UTF8Encoding(false);
return args switch
{
    ["parse", .. var rest] => ParseBenchmark.Run(rest),
    ["web", .. var rest] => await WebBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Cách dùng:
          dotnet run --project bench/SauRo.Bench -c Release -- parse [--samples <thư mục>] [--seconds <n>] [--json]
          dotnet run --project bench/SauRo.Bench -c Release -- web [--tasks <n>] [--requests <n>] [--db <sqlite tệp | chuỗi PostgreSQL>] [--json]
        """);
    return 2;
}

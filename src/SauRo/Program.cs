using System.Text;
using SauRo.Cli;
using SauRo.Hosting;

Console.OutputEncoding = new UTF8Encoding(false);
if (args.Length > 0 && CommandLine.IsCommand(args[0]))
{
    return CommandLine.Run(args, Console.Out, Console.Error);
}

var app = WebApp.Build(args);
await app.RunAsync();
return 0;

/// <summary>The entry point; public so that integration tests can host the app.</summary>
public partial class Program;

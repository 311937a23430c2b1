using System.CommandLine;
using PiCluster.Cli;

var parse = CommandTree.Create().Parse(args);
// A command line that does not parse gets one line in the user's terms, never the library's help dump and .NET type names.
if (UsageError.Of(parse) is { } usage) return ErrorReport.Usage(usage);
// Piped output keeps whole lines: tables are not wrapped to an imaginary 80-column terminal.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 240;
using var interrupt = new Interrupt();
var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
return await ErrorReport.RunAsync(() => parse.InvokeAsync(configuration, interrupt.Token));

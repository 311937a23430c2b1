using System.CommandLine;

namespace PiCluster.Cli;

public static class OutputOption
{
    public static Option<OutputFormat> Create() => new("--output", "-o")
    {
        Description = "text (tables) or json (for scripts)",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}

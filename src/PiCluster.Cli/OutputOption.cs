using System.CommandLine;
using System.CommandLine.Parsing;

namespace PiCluster.Cli;

public static class OutputOption
{
    static readonly string[] Formats = ["text", "json"];

    /// <summary>`-o text|json`, in help, completions and errors alike; text when not given (the enum's first value), so that help
    /// shows no .NET-cased `[default: Text]`.</summary>
    public static Option<OutputFormat> Create()
    {
        var option = new Option<OutputFormat>("--output", "-o")
        {
            Description = "text (tables; the default) or json (for scripts)",
            HelpName = string.Join('|', Formats),
            CustomParser = Parse,
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add(Formats);
        return option;
    }

    // Only the names: an enum's own parsing would also take `1` or `text,json`.
    static OutputFormat Parse(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        if (value.Equals("text", StringComparison.OrdinalIgnoreCase)) return OutputFormat.Text;
        if (value.Equals("json", StringComparison.OrdinalIgnoreCase)) return OutputFormat.Json;
        var name = (result.Parent as OptionResult)?.IdentifierToken?.Value ?? "--output";
        result.AddError(UsageText.MustBe(name, UsageText.Either(Formats), value));
        return default;
    }
}

using System.CommandLine;
using System.Text.RegularExpressions;
using PiCluster.Cli;

namespace PiCluster.Tests.Cli;

/// <summary>Help shows values as users type them, in every command.</summary>
public sealed partial class HelpTextTests
{
    public static TheoryData<string> Commands() => [.. Paths(CommandTree.Create(), [])];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_names_no_dotnet_type_and_no_capitalised_value(string path)
    {
        var help = Help(path);

        Assert.DoesNotMatch(DotNetName(), help);
        Assert.DoesNotMatch(CapitalisedChoice(), help);
        Assert.DoesNotContain("[default: Text]", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_enum_option_lists_its_values_in_lower_case_and_shows_no_dotnet_default()
    {
        var enums = Options(CommandTree.Create()).Where(o => (Nullable.GetUnderlyingType(o.ValueType) ?? o.ValueType).IsEnum).ToList();

        Assert.NotEmpty(enums);
        Assert.All(enums, o =>
        {
            Assert.Matches("^[a-z0-9-]+(\\|[a-z0-9-]+)+$", o.HelpName);
            Assert.False(o.HasDefaultValue, $"{o.Name} shows its default as .NET spells it");
        });
    }

    [Fact]
    public void Output_reads_text_or_json()
    {
        Assert.Contains("-o, --output <text|json>", Help("up"), StringComparison.Ordinal);
    }

    static string Help(string path)
    {
        using var output = new StringWriter();
        var exit = CommandTree.Create().Parse([.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"])
            .Invoke(new InvocationConfiguration { Output = output });
        Assert.Equal(0, exit);
        // The usage line names the running program: here the test assembly.
        return output.ToString().Replace(RootCommand.ExecutableName, "picluster", StringComparison.Ordinal);
    }

    static IEnumerable<string> Paths(Command command, string[] above)
    {
        foreach (var sub in command.Subcommands)
        {
            string[] path = [.. above, sub.Name];
            yield return string.Join(' ', path);
            foreach (var deeper in Paths(sub, path)) yield return deeper;
        }
    }

    static IEnumerable<Option> Options(Command command) => command.Options.Concat(command.Subcommands.SelectMany(Options));

    [GeneratedRegex(@"\b(System|PiCluster)\.[A-Z]")]
    private static partial Regex DotNetName();

    // A value list with a capital, such as <Json|Text>.
    [GeneratedRegex(@"<[^>]*[A-Z][^>]*\|[^>]*>|<[^>]*\|[^>]*[A-Z][^>]*>")]
    private static partial Regex CapitalisedChoice();
}

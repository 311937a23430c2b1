using System.CommandLine;
using PiCluster.Cli;

namespace PiCluster.Tests.Cli;

/// <summary>What a command line that does not parse is told, read from the real command tree.</summary>
public sealed class UsageErrorTests
{
    [Theory]
    [InlineData("plan --bogus", "unknown option '--bogus'", "picluster plan --help")]
    [InlineData("plan --forsk 3", "unknown option '--forsk' (did you mean '--forks'?)", "picluster plan --help")]
    [InlineData("plan extra", "unexpected argument 'extra'", "picluster plan --help")]
    [InlineData("up -o yaml", "-o must be text or json, got 'yaml'", "picluster up --help")]
    [InlineData("up --output=YAML", "--output must be text or json, got 'YAML'", "picluster up --help")]
    [InlineData("status -o 1", "-o must be text or json, got '1'", "picluster status --help")]
    [InlineData("up -o", "-o needs a value: text or json", "picluster up --help")]
    [InlineData("up -o text -o json", "-o takes one value, got 'text' and 'json'", "picluster up --help")]
    [InlineData("up -o --forks 3", "-o must be text or json, got '--forks'", "picluster up --help")]
    [InlineData("ping --forks abc", "--forks must be a whole number, got 'abc'", "picluster ping --help")]
    [InlineData("ping -T", "-T needs a value: a whole number", "picluster ping --help")]
    [InlineData("plan -i", "-i needs a value", "picluster plan --help")]
    [InlineData("restore", "restore needs FILE: a backup made by `picluster backup` (or `microk8s dbctl backup`)", "picluster restore --help")]
    [InlineData("kubeconfg --help", "unknown command 'kubeconfg' (did you mean 'kubeconfig'?)", "picluster --help")]
    [InlineData("kubeconfg -i inventory.yaml", "unknown command 'kubeconfg' (did you mean 'kubeconfig'?)", "picluster --help")]
    [InlineData("inventory lst", "unknown command 'lst' (did you mean 'list'?)", "picluster inventory --help")]
    [InlineData("lab bogus", "unknown command 'bogus'", "picluster lab --help")]
    [InlineData("lab --dir /tmp/lab", "unknown option '--dir'", "picluster lab --help")]
    [InlineData("-i inventory.yaml pign", "unknown option '-i'", "picluster --help")]
    [InlineData("lab up --nodes x", "--nodes must be a whole number, got 'x'", "picluster lab up --help")]
    [InlineData("lab delay-node", "lab delay-node needs NODE: the node's name, e.g. pi-02", "picluster lab delay-node --help")]
    [InlineData("lab delay-node pi-01 abc", "MS must be a whole number, got 'abc'", "picluster lab delay-node --help")]
    [InlineData("lab up --snap-install-ms", "--snap-install-ms needs a value: a whole number", "picluster lab up --help")]
    public void A_bad_command_line_is_one_line_in_the_users_terms_and_the_help_of_what_they_typed(string line, string message, string help)
    {
        var error = UsageError.Of(Parse(line));

        Assert.Equal(new UsageError(message, help), error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("lab")]
    [InlineData("inventory")]
    [InlineData("up --help")]
    [InlineData("up --bogus --help")]
    [InlineData("lab --dir /tmp/lab --help")]
    [InlineData("up -o JSON")]
    [InlineData("ping -i inventory.yaml -l edge -f 5 -T 3 -K --trust-new-hosts -o json")]
    [InlineData("restore backups/home-20261201.tar.gz")]
    public void A_command_line_that_parses_is_no_error(string line)
    {
        Assert.Null(UsageError.Of(Parse(line)));
    }

    [Theory]
    [InlineData("up", OutputFormat.Text)]
    [InlineData("up -o json", OutputFormat.Json)]
    [InlineData("up --output TEXT", OutputFormat.Text)]
    public void Output_is_text_unless_json_is_asked_for(string line, OutputFormat expected)
    {
        var parse = Parse(line);

        Assert.Equal(expected, parse.GetValue<OutputFormat>("--output"));
    }

    static ParseResult Parse(string line) => CommandTree.Create().Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

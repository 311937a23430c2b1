using PiCluster.Cli;

namespace PiCluster.Tests.Cli;

public sealed class UsageTextTests
{
    static readonly string[] Commands = ["ping", "copy-id", "facts", "plan", "up", "status", "kubeconfig", "backup", "restore", "upgrade", "inventory", "lab"];
    static readonly string[] Options = ["--output", "-o", "--inventory", "-i", "--forks", "-f", "--timeout", "-T", "--help", "-h", "-?"];

    [Theory]
    [InlineData(new[] { "text" }, "text")]
    [InlineData(new[] { "text", "json" }, "text or json")]
    [InlineData(new[] { "text", "json", "yaml" }, "text, json or yaml")]
    public void Lists_the_values_a_user_may_type(string[] values, string expected)
    {
        Assert.Equal(expected, UsageText.Either(values));
    }

    [Fact]
    public void Quotes_what_the_user_gave()
    {
        Assert.Equal("'text' and 'json'", UsageText.Quoted(["text", "json"]));
    }

    [Fact]
    public void Says_what_a_value_must_be_and_what_it_was()
    {
        Assert.Equal("--forks must be a whole number, got 'abc'", UsageText.MustBe("--forks", "a whole number", "abc"));
    }

    [Theory]
    [InlineData("kubeconfg", "kubeconfig")]
    [InlineData("pign", "ping")]
    [InlineData("stauts", "status")]
    [InlineData("Plan", "plan")]
    [InlineData("kube", "kubeconfig")]
    [InlineData("upgrad", "upgrade")]
    [InlineData("bogus", null)]
    [InlineData("st", null)]
    [InlineData("help", null)]
    public void Guesses_a_command_from_a_typo_or_the_only_one_it_begins(string typed, string? meant)
    {
        Assert.Equal(meant, UsageText.Closest(typed, Commands));
    }

    [Theory]
    [InlineData("--forsk", "--forks")]
    [InlineData("--Forks", "--forks")]
    [InlineData("-forks", "--forks")]
    [InlineData("--invntory", "--inventory")]
    [InlineData("--time", "--timeout")]
    [InlineData("--bogus", null)]
    [InlineData("-x", null)]
    [InlineData("-t", "-T")]
    public void Guesses_an_option_only_when_it_is_close(string typed, string? meant)
    {
        Assert.Equal(meant, UsageText.Closest(typed, Options));
    }

    [Fact]
    public void Names_an_unknown_command_with_the_likely_one()
    {
        Assert.Equal("unknown command 'kubeconfg' (did you mean 'kubeconfig'?)", UsageText.UnknownCommand("kubeconfg", Commands));
        Assert.Equal("unknown command 'bogus'", UsageText.UnknownCommand("bogus", Commands));
        Assert.Equal("unknown option '--bogus'", UsageText.UnknownOption("--bogus", Options));
    }
}

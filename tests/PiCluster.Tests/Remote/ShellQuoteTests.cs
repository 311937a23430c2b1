using System.Diagnostics;
using PiCluster.Remote;

namespace PiCluster.Tests.Remote;

public sealed class ShellQuoteTests
{
    public static TheoryData<string> Hostile => new(
        "plain", "", "two words", "it's", "'", "''", "\"double\"", "$(touch /tmp/pwned)", "`id`", "a;b", "a|b", "a&&b",
        "$HOME", "${IFS}", "back\\slash", "new\nline", "tab\there", "*", "~", "-n", "--", "#comment", "ünïcødé", "a'b'c\"d$e`f");

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_quoted_word_reaches_the_command_unchanged(string value)
    {
        // Given a value from an inventory, quoted into a command line
        var command = "printf %s " + ShellQuote.Word(value);

        // When a real sh runs it
        var start = new ProcessStartInfo("sh", ["-c", command]) { RedirectStandardOutput = true };
        using var sh = Process.Start(start)!;
        var output = await sh.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await sh.WaitForExitAsync(TestContext.Current.CancellationToken);

        // Then the program sees exactly the value, as one argument
        Assert.Equal(value, output);
    }

    [Fact]
    public void Safe_words_stay_bare_so_logs_stay_readable()
    {
        Assert.Equal("/snap/bin/microk8s add-node --token-ttl 300", ShellQuote.Command("/snap/bin/microk8s", "add-node", "--token-ttl", "300"));
        Assert.Equal("echo 'a b' 'it'\\''s'", ShellQuote.Command("echo", "a b", "it's"));
    }
}

namespace PiCluster.Lab.Tests.Cli;

/// <summary>A command line that does not parse, run through the real `picluster`: one line saying what is wrong, where the help is,
/// nothing on stdout (a script piping it to jq reads no help text), exit 1, and nothing written (not even a run log).</summary>
public sealed class UsageErrorTests : IDisposable
{
    readonly string home = Directory.CreateTempSubdirectory("picluster-usage-").FullName;

    [Theory]
    [InlineData("plan --bogus", "unknown option '--bogus'", "picluster plan --help")]
    [InlineData("up -o yaml", "-o must be text or json, got 'yaml'", "picluster up --help")]
    [InlineData("ping --forks abc", "--forks must be a whole number, got 'abc'", "picluster ping --help")]
    [InlineData("restore", "restore needs FILE: a backup made by `picluster backup` (or `microk8s dbctl backup`)", "picluster restore --help")]
    [InlineData("kubeconfg --help", "unknown command 'kubeconfg' (did you mean 'kubeconfig'?)", "picluster --help")]
    [InlineData("lab up --nodes three", "--nodes must be a whole number, got 'three'", "picluster lab up --help")]
    public async Task A_bad_command_line_is_one_error_line_and_where_the_help_is(string line, string error, string help)
    {
        var result = await RunAsync(line.Split(' '));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"error: {error}\nsee '{help}'\n", result.StdErr);
        Assert.Equal("", result.StdOut);
        Assert.Empty(Directory.EnumerateFileSystemEntries(home));
    }

    [Fact]
    public async Task What_the_user_typed_is_quoted_back_with_control_characters_escaped()
    {
        var result = await RunAsync(["\u001b[2Jup"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: unknown command '\\u001b[2Jup'\nsee 'picluster --help'\n", result.StdErr);
    }

    [Fact]
    public async Task Help_shows_output_formats_as_they_are_typed()
    {
        var result = await RunAsync(["up", "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.StdErr);
        Assert.Matches(@"\n  -o, --output <text\|json> +text \(tables; the default\) or json \(for scripts\)\n", result.StdOut);
        Assert.DoesNotContain("Json", result.StdOut);
        Assert.DoesNotContain("Text", result.StdOut);
    }

    [Fact]
    public async Task Picluster_alone_shows_its_help()
    {
        var result = await RunAsync([]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.StdErr);
        Assert.Contains("\nCommands:\n", result.StdOut);
        Assert.Matches(@"\n  kubeconfig +Fetch the admin kubeconfig", result.StdOut);
    }

    Task<ProcessResult> RunAsync(string[] args) => ProcessResult.RunAsync(Repo.Launcher, args, timeout: TimeSpan.FromMinutes(1),
        environment: new Dictionary<string, string?> { ["HOME"] = home, ["XDG_STATE_HOME"] = null }, workingDirectory: home);

    public void Dispose() => Directory.Delete(home, recursive: true);
}

using System.CommandLine;
using System.Diagnostics;
using PiCluster.Cli;

namespace PiCluster.Tests.Cli;

/// <summary>`picluster completion bash|zsh|fish`: every command and option of the tree is in each script, and the shell accepts it.</summary>
public sealed class CompletionTests
{
    public static TheoryData<string> Shells() => [.. CompletionScript.Shells];

    [Theory]
    [MemberData(nameof(Shells))]
    public void The_script_names_every_command_and_option_of_the_tree(string shell)
    {
        var script = Script(shell);

        var commands = Commands(CommandTree.Create()).ToList();
        var options = commands.SelectMany(c => c.Options).Where(o => !o.Hidden).SelectMany(CompletionScript.Names).Distinct().ToList();
        Assert.Contains(commands, c => c.Name == "completion");
        Assert.Contains("--version", options);
        Assert.All(commands.Skip(1), c => Assert.Contains(Quoted(shell, c.Name), script, StringComparison.Ordinal));
        Assert.All(options, o => Assert.Contains(Flag(shell, o), script, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public void Every_command_path_is_walked_by_the_script(string shell)
    {
        var script = Script(shell);

        foreach (var node in CompletionScript.Nodes(CommandTree.Create()).Skip(1)) Assert.Contains(node.Path, script, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public void Option_values_from_a_fixed_list_are_offered(string shell)
    {
        var script = Script(shell);

        var separator = shell == "zsh" ? "' '" : " ";
        Assert.Contains($"json{separator}text", script, StringComparison.Ordinal);
        Assert.Contains($"bash{separator}fish{separator}zsh", script, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shells))]
    public void The_shell_accepts_the_script(string shell)
    {
        Assert.SkipUnless(OnPath(shell), $"{shell} is not installed");
        var file = Path.Combine(Path.GetTempPath(), $"picluster-completion-{Guid.NewGuid():N}.{shell}");
        File.WriteAllText(file, Script(shell));
        try
        {
            using var check = Process.Start(new ProcessStartInfo(shell, ["-n", file]) { RedirectStandardError = true })!;
            var errors = check.StandardError.ReadToEnd();
            check.WaitForExit();
            Assert.True(check.ExitCode == 0, $"{shell} -n: {errors}");
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Bash_completes_commands_subcommands_and_option_values()
    {
        Assert.SkipUnless(OnPath("bash"), "bash is not installed");

        Assert.Equal("lab", Complete("picluster la"));
        Assert.Equal("--output", Complete("picluster up --ou"));
        Assert.Equal("json text", Complete("picluster up -o "));
        Assert.Contains("stop-node", Complete("picluster lab "), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_shell_is_a_usage_error()
    {
        var parse = CommandTree.Create().Parse(["completion", "tcsh"]);

        Assert.NotEmpty(parse.Errors);
    }

    static string Script(string shell)
    {
        using var output = new StringWriter();
        var exit = CommandTree.Create().Parse(["completion", shell]).Invoke(new InvocationConfiguration { Output = output });
        Assert.Equal(0, exit);
        return output.ToString();
    }

    // What bash's completion offers for the words typed (the last one being completed).
    static string Complete(string typed)
    {
        var words = typed.Split(' ');
        var file = Path.Combine(Path.GetTempPath(), $"picluster-completion-{Guid.NewGuid():N}.bash");
        File.WriteAllText(file, Script("bash"));
        try
        {
            var program = $"source {file}; COMP_WORDS=({string.Join(' ', words.Select(w => $"'{w}'"))}); COMP_CWORD={words.Length - 1}; _picluster; echo \"${{COMPREPLY[*]}}\"";
            using var bash = Process.Start(new ProcessStartInfo("bash", ["-c", program]) { RedirectStandardOutput = true })!;
            var reply = bash.StandardOutput.ReadToEnd().Trim();
            bash.WaitForExit();
            return reply;
        }
        finally { File.Delete(file); }
    }

    static IEnumerable<Command> Commands(Command command) =>
        command.Hidden ? [] : [command, .. command.Subcommands.SelectMany(Commands)];

    static string Quoted(string shell, string name) => shell == "bash" ? name : $"'{name}";

    static string Flag(string shell, string option) => shell switch
    {
        "fish" when option.StartsWith("--", StringComparison.Ordinal) => $"-l '{option[2..]}'",
        "fish" when option.Length == 2 && char.IsAsciiLetterOrDigit(option[1]) => $"-s {option[1]}",
        "fish" => $"-o '{option[1..]}'",
        "zsh" => $"'{option}:",
        _ => option,
    };

    static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, program)));
}

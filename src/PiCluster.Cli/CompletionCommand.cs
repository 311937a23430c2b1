using System.CommandLine;

namespace PiCluster.Cli;

/// <summary>`picluster completion bash|zsh|fish`: a completion script for the shell, made from the command tree itself.</summary>
public static class CompletionCommand
{
    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash, zsh or fish", HelpName = string.Join('|', CompletionScript.Shells) };
        shell.AcceptOnlyFromAmong(CompletionScript.Shells);
        var command = new Command("completion", """
            Print a completion script for bash, zsh or fish; load it as follows.
              bash: echo 'source <(picluster completion bash)' >> ~/.bashrc
              zsh:  echo 'source <(picluster completion zsh)' >> ~/.zshrc   (after compinit)
              fish: picluster completion fish > ~/.config/fish/completions/picluster.fish
            """) { shell };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(CompletionScript.For(parse.GetValue(shell)!, parse.RootCommandResult.Command));
            return 0;
        });
        return command;
    }
}

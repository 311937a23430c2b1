using System.CommandLine;
using System.CommandLine.Completions;
using System.Text;

namespace PiCluster.Cli;

/// <summary>Completion scripts for bash, zsh and fish, written from the System.CommandLine tree: every command, every option
/// (with the ones of the commands above that apply below), the values an option or argument takes when they are a fixed
/// list, and file names for the other values. A command added to the tree is in the scripts without more work.</summary>
public static class CompletionScript
{
    public static readonly string[] Shells = ["bash", "zsh", "fish"];

    const string Tool = "picluster";

    public static string For(string shell, Command root) => shell switch
    {
        "bash" => Bash(Nodes(root)),
        "zsh" => Zsh(Nodes(root)),
        "fish" => Fish(Nodes(root)),
        _ => throw new ArgumentException($"no completion for shell '{shell}'", nameof(shell)),
    };

    /// <summary>One command of the tree: its path ("picluster/lab/up"), what may follow it, and what it is for.</summary>
    public sealed record Node(string Path, string Description, IReadOnlyList<Command> Subcommands, IReadOnlyList<Option> Options, IReadOnlyList<string> Values);

    public static IReadOnlyList<Node> Nodes(Command root)
    {
        var nodes = new List<Node>();
        Walk(root, Tool, [], nodes);
        return nodes;
    }

    static void Walk(Command command, string path, IReadOnlyList<Option> inherited, List<Node> nodes)
    {
        var options = command.Options.Where(o => !o.Hidden).Concat(inherited).Distinct().ToList();
        var values = command.Arguments.Where(a => !a.Hidden).SelectMany(a => a.GetCompletions(CompletionContext.Empty)).Select(c => c.Label).ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        nodes.Add(new Node(path, command.Description ?? "", subcommands, options, values));
        var below = inherited.Concat(command.Options.Where(o => o.Recursive && !o.Hidden)).Distinct().ToList();
        foreach (var sub in subcommands) Walk(sub, $"{path}/{sub.Name}", below, nodes);
    }

    /// <summary>The names a POSIX shell user types: all but Windows-style ones such as `/?`.</summary>
    public static IEnumerable<string> Names(Symbol symbol) => (symbol switch
    {
        Option o => [o.Name, .. o.Aliases],
        Command c => [c.Name, .. c.Aliases],
        _ => new[] { symbol.Name },
    }).Where(n => !n.StartsWith('/'));

    /// <summary>The arms of `case "$cmdpath:$prev"` (bash, zsh): each option that takes a value, as "picluster/up:--output|picluster/up:-o",
    /// with the values it takes when they are a fixed list (else a file name is completed).</summary>
    static IEnumerable<(string Keys, List<string> Choices)> ValueOptions(IReadOnlyList<Node> nodes) =>
        nodes.SelectMany(node => node.Options.Where(TakesValue).Select(o => (string.Join('|', Names(o).Select(n => $"{node.Path}:{n}")), Choices(o))));

    static bool TakesValue(Option option) => option.ValueType != typeof(bool) && option.Arity.MaximumNumberOfValues > 0;

    static List<string> Choices(Option option) => [.. option.GetCompletions(CompletionContext.Empty).Select(c => c.Label)];

    static string FirstLine(string text) => text.Split('\n')[0].Trim();

    static string Bash(IReadOnlyList<Node> nodes)
    {
        var s = new StringBuilder();
        s.Append($$"""
            # bash completion for {{Tool}}; load it with: source <({{Tool}} completion bash)
            _{{Tool}}() {
              local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmdpath={{Tool}} i
              for ((i = 1; i < COMP_CWORD; i++)); do
                case "$cmdpath/${COMP_WORDS[i]}" in

            """);
        s.Append($"      {string.Join('|', nodes.Skip(1).Select(n => n.Path))}) cmdpath=\"$cmdpath/${{COMP_WORDS[i]}}\" ;;\n");
        s.Append("""
                esac
              done
              local words="" options=""
              case "$cmdpath:$prev" in

            """);
        foreach (var (keys, choices) in ValueOptions(nodes))
        {
            s.Append(choices.Count > 0
                ? $"    {keys}) COMPREPLY=($(compgen -W {Quote(string.Join(' ', choices))} -- \"$cur\")); return ;;\n"
                : $"    {keys}) COMPREPLY=(); return ;;\n");
        }
        s.Append("""
              esac
              case "$cmdpath" in

            """);
        foreach (var node in nodes)
            s.Append($"    {node.Path}) words={Quote(string.Join(' ', node.Subcommands.SelectMany(Names).Concat(node.Values)))}; options={Quote(string.Join(' ', node.Options.SelectMany(Names)))} ;;\n");
        s.Append($$"""
              esac
              if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "$options" -- "$cur")); else COMPREPLY=($(compgen -W "$words" -- "$cur")); fi
            }
            complete -o default -F _{{Tool}} {{Tool}}

            """);
        return s.ToString();
    }

    static string Zsh(IReadOnlyList<Node> nodes)
    {
        var s = new StringBuilder();
        s.Append($$"""
            #compdef {{Tool}}
            # zsh completion for {{Tool}}; load it with: source <({{Tool}} completion zsh) (after compinit), or save it as _{{Tool}} in $fpath
            _{{Tool}}() {
              local cmdpath={{Tool}} i cur=${words[CURRENT]} prev=${words[CURRENT-1]}
              local -a subcommands opts values
              for ((i = 2; i < CURRENT; i++)); do
                case "$cmdpath/${words[i]}" in

            """);
        s.Append($"      ({string.Join('|', nodes.Skip(1).Select(n => n.Path))}) cmdpath=\"$cmdpath/${{words[i]}}\" ;;\n");
        s.Append("""
                esac
              done
              case "$cmdpath:$prev" in

            """);
        foreach (var (keys, choices) in ValueOptions(nodes))
        {
            s.Append(choices.Count > 0
                ? $"    ({keys}) compadd -- {string.Join(' ', choices.Select(Quote))}; return ;;\n"
                : $"    ({keys}) _files; return ;;\n");
        }
        s.Append("""
              esac
              case "$cmdpath" in

            """);
        foreach (var node in nodes)
        {
            var subcommands = node.Subcommands.SelectMany(c => Names(c).Select(n => Quote($"{n}:{FirstLine(c.Description ?? "")}")));
            var options = node.Options.SelectMany(o => Names(o).Select(n => Quote($"{n.Replace(":", "\\:", StringComparison.Ordinal)}:{FirstLine(o.Description ?? "")}")));
            s.Append($"    ({node.Path}) subcommands=({string.Join(' ', subcommands)}); opts=({string.Join(' ', options)}); values=({string.Join(' ', node.Values.Select(Quote))}) ;;\n");
        }
        s.Append($$"""
              esac
              if [[ $cur == -* ]]; then
                _describe -t options option opts
              else
                (( ${#subcommands} )) && _describe -t commands command subcommands
                (( ${#values} )) && compadd -- $values
                (( ${#subcommands} + ${#values} )) || _files
              fi
            }
            if [ "$funcstack[1]" = "_{{Tool}}" ]; then _{{Tool}} "$@"; else compdef _{{Tool}} {{Tool}}; fi

            """);
        return s.ToString();
    }

    static string Fish(IReadOnlyList<Node> nodes)
    {
        var s = new StringBuilder();
        s.Append($$"""
            # fish completion for {{Tool}}; save it as ~/.config/fish/completions/{{Tool}}.fish
            function __{{Tool}}_path
                set -l cmdpath {{Tool}}
                set -l tokens (commandline -opc)
                for word in $tokens[2..-1]
                    switch "$cmdpath/$word"
                        case {{string.Join(' ', nodes.Skip(1).Select(n => n.Path))}}
                            set cmdpath "$cmdpath/$word"
                    end
                end
                echo $cmdpath
            end
            complete -c {{Tool}} -f

            """);
        foreach (var node in nodes)
        {
            var when = $"-n 'test (__{Tool}_path) = {node.Path}'";
            foreach (var (sub, name) in node.Subcommands.SelectMany(c => Names(c).Select(n => (c, n))))
                s.Append($"complete -c {Tool} {when} -a {FishQuote(name)} -d {FishQuote(FirstLine(sub.Description ?? ""))}\n");
            if (node.Values.Count > 0) s.Append($"complete -c {Tool} {when} -a {FishQuote(string.Join(' ', node.Values))}\n");
            foreach (var option in node.Options)
            {
                var flags = string.Join(' ', Names(option).Select(FishFlag));
                var value = !TakesValue(option) ? "" : Choices(option) is { Count: > 0 } choices ? $" -x -a {FishQuote(string.Join(' ', choices))}" : " -r -F";
                s.Append($"complete -c {Tool} {when} {flags}{value} -d {FishQuote(FirstLine(option.Description ?? ""))}\n");
            }
        }
        return s.ToString();
    }

    static string FishFlag(string name) =>
        name.StartsWith("--", StringComparison.Ordinal) ? $"-l {FishQuote(name[2..])}"
        : name.Length == 2 && char.IsAsciiLetterOrDigit(name[1]) ? $"-s {name[1]}"
        : $"-o {FishQuote(name[1..])}";

    // One single-quoted word: for bash and zsh, where nothing is special inside '…', and for fish, where \\ and \' are.
    static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    static string FishQuote(string text) => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
}

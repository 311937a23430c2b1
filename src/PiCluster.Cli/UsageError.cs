using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace PiCluster.Cli;

/// <summary>A command line that does not parse, said in one line in the user's terms, and the help of the command they typed.</summary>
public sealed record UsageError(string Message, string Help)
{
    /// <summary>The one thing to tell, or null when the command line parsed (--help, --version and directives included). An
    /// unknown command is an error even beside --help, whose help would be of another command.</summary>
    public static UsageError? Of(ParseResult parse)
    {
        if (parse.Action is not (ParseErrorAction or HelpAction)) return null;
        var command = parse.CommandResult;
        var help = $"{string.Join(' ', Path(command))} --help";
        if (parse.Action is HelpAction)
        {
            return command.Command.Subcommands.Count > 0 && parse.UnmatchedTokens is [var typo, ..] && !IsOption(typo)
                ? new(UnknownCommand(command, typo), help)
                : null;
        }
        // An option's bad value first: it may have swallowed the next option (`-o --forks 3`), leaving the rest unmatched.
        var message = parse.Errors.Where(e => e.SymbolResult is OptionResult).Select(Describe).FirstOrDefault()
            ?? Unmatched(command, parse.UnmatchedTokens)
            ?? Describe(parse.Errors[0]);
        return new(message, help);
    }

    static string Describe(ParseError error) => error.SymbolResult switch
    {
        OptionResult option => Describe(option),
        ArgumentResult { Parent: CommandResult command } argument => Describe(argument, command),
        _ => null,
    } ?? error.Message;

    static string? Describe(OptionResult result)
    {
        var name = result.IdentifierToken?.Value ?? result.Option.Name;
        if (result.Implicit) return $"{name} is required";
        var what = Values(result.Option.ValueType, result.Option.HelpName);
        var got = result.Tokens.Select(t => t.Value).ToList();
        if (got.Count == 0) return what is null ? $"{name} needs a value" : $"{name} needs a value: {what}";
        if (got.Count > 1 && result.Option.Arity.MaximumNumberOfValues == 1) return $"{name} takes one value, got {UsageText.Quoted(got)}";
        // The commands add no validators (their checks throw UsageException when they run): an error here is the value's conversion.
        return what is null ? null : UsageText.MustBe(name, what, got[0]);
    }

    static string? Describe(ArgumentResult result, CommandResult command)
    {
        var name = result.Argument.Name.ToUpperInvariant();
        if (result.Tokens.Count == 0)
            return $"{string.Join(' ', Path(command).Skip(1))} needs {name}{(result.Argument.Description is { Length: > 0 } about ? $": {about}" : "")}";
        return Values(result.Argument.ValueType, result.Argument.HelpName) is { } what ? UsageText.MustBe(name, what, result.Tokens[0].Value) : null;
    }

    static string? Unmatched(CommandResult command, IReadOnlyList<string> tokens)
    {
        if (tokens.Count == 0) return null;
        if (IsOption(tokens[0]))
        {
            var options = Lineage(command).SelectMany(c => c.Command.Options.Where(o => !o.Hidden && (c == command || o.Recursive)));
            return UsageText.UnknownOption(tokens[0], options.SelectMany(o => o.Aliases.Prepend(o.Name)));
        }
        return command.Command.Subcommands.Count > 0 ? UnknownCommand(command, tokens[0]) : $"unexpected argument '{tokens[0]}'";
    }

    static string UnknownCommand(CommandResult command, string typed) =>
        UsageText.UnknownCommand(typed, command.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));

    /// <summary>What a value must be, as users type it: an option's `a|b` help name lists its values.</summary>
    static string? Values(Type type, string? helpName)
    {
        if (helpName?.Contains('|', StringComparison.Ordinal) == true) return UsageText.Either(helpName.Split('|'));
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(bool)) return "true or false";
        return null;
    }

    // `-5` is a value, not an option.
    static bool IsOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsAsciiDigit(token[1]);

    /// <summary>`picluster lab up`, as typed: the root is named after the tool, not after the process that runs it.</summary>
    static IEnumerable<string> Path(CommandResult command) =>
        Lineage(command).Reverse().Select(c => c.Parent is null ? "picluster" : c.Command.Name);

    static IEnumerable<CommandResult> Lineage(CommandResult command)
    {
        for (var c = command; c is not null; c = c.Parent as CommandResult) yield return c;
    }
}

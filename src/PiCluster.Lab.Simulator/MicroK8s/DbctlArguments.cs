using System.Text.RegularExpressions;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>dbctl.py's argparse parser: `[--debug] {restore,backup} ...`, with `restore backup-file` and `backup [-o backup-file]`.
/// Options of the main parser are only known before the subcommand, so `backup --debug` is an unrecognized argument.</summary>
public sealed partial record DbctlArguments(bool Debug, string? Verb, string? File)
{
    const string Prog = "microk8s dbctl";

    /// <summary>Null when the arguments parsed; else what argparse printed, as an exit code (help 0, errors 2).</summary>
    public static int? Read(IReadOnlyList<string> args, Output output, out DbctlArguments parsed)
    {
        parsed = new DbctlArguments(false, null, null);
        List<string> unrecognized = [];
        var i = 0;
        for (; i < args.Count && parsed.Verb is null; i++)
        {
            var arg = args[i];
            if (IsOption(arg) && IsPrefixOf(arg, "--help", 3) || arg == "-h")
                return output.Say(DbctlHelp.Main, 0);
            if (IsOption(arg) && IsPrefixOf(arg, "--debug", 3))
                parsed = parsed with { Debug = true };
            else if (IsOption(arg))
                unrecognized.Add(arg);
            else if (arg is "restore" or "backup")
                parsed = parsed with { Verb = arg };
            else
                return Error(output, DbctlHelp.MainUsage, Prog, $"invalid choice: '{arg}' (choose from 'restore', 'backup')");
        }

        var sub = parsed.Verb switch
        {
            "backup" => Backup(args.Skip(i).ToList(), unrecognized, output, ref parsed),
            "restore" => Restore(args.Skip(i).ToList(), unrecognized, output, ref parsed),
            _ => null,
        };
        if (sub is not null)
            return sub;

        if (unrecognized.Count > 0)
            return Error(output, DbctlHelp.MainUsage, Prog, $"unrecognized arguments: {string.Join(' ', unrecognized)}");

        return parsed.Verb is null ? output.Say(DbctlHelp.Main, 0) : null;
    }

    static int? Backup(List<string> args, List<string> unrecognized, Output output, ref DbctlArguments parsed)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "-h" || IsOption(arg) && IsPrefixOf(arg, "--help", 3))
                return output.Say(DbctlHelp.Backup, 0);
            if (arg.StartsWith("-o", StringComparison.Ordinal) && arg.Length > 2)
            {
                parsed = parsed with { File = arg[2] == '=' ? arg[3..] : arg[2..] };
            }
            else if (arg == "-o")
            {
                if (i + 1 >= args.Count || IsOption(args[i + 1]))
                    return Error(output, DbctlHelp.BackupUsage, $"{Prog} backup", "argument -o: expected one argument");
                parsed = parsed with { File = args[++i] };
            }
            else
            {
                unrecognized.Add(arg);
            }
        }

        return null;
    }

    static int? Restore(List<string> args, List<string> unrecognized, Output output, ref DbctlArguments parsed)
    {
        string? file = null;
        foreach (var arg in args)
        {
            if (arg == "-h" || IsOption(arg) && IsPrefixOf(arg, "--help", 3))
                return output.Say(DbctlHelp.Restore, 0);
            if (file is null && !IsOption(arg))
                file = arg;
            else
                unrecognized.Add(arg);
        }

        if (file is null)
            return Error(output, DbctlHelp.RestoreUsage, $"{Prog} restore", "the following arguments are required: backup-file");

        parsed = parsed with { File = file };
        return null;
    }

    /// <summary>argparse: an option is "-x…" unless it looks like a negative number (the parser has no such options).</summary>
    static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-' && !NegativeNumber().IsMatch(arg);

    /// <summary>Long options may be abbreviated (allow_abbrev), down to "--d" for --debug and "--h" for --help.</summary>
    static bool IsPrefixOf(string arg, string option, int shortest) =>
        arg.Length >= shortest && option.StartsWith(arg, StringComparison.Ordinal);

    static int Error(Output output, string usage, string prog, string message)
    {
        output.Error(usage);
        return output.Fail($"{prog}: error: {message}", 2);
    }

    [GeneratedRegex(@"^-\d+$|^-\d*\.\d+$")]
    private static partial Regex NegativeNumber();
}

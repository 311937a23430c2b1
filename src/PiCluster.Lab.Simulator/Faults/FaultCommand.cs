namespace PiCluster.Lab.Simulator.Faults;

/// <summary>Admin verb: `fault add COMMAND ERROR [--times N]`, `fault list`, `fault clear [COMMAND]`, `fault kinds`.
/// COMMAND is a microk8s subcommand (join, add-node, status, kubectl, …) or snap-VERB (snap-install, …).</summary>
public static class FaultCommand
{
    public static int Run(Invocation invocation, Output output)
    {
        var flags = new Flags(invocation.Args);
        var timesText = flags.Value("--times");
        var args = flags.Positional;
        var store = FaultStore.For(invocation.Paths, invocation.Node);
        switch (args)
        {
            case ["add", var command, var error]:
                if (FaultKinds.Find(error) is not { } kind)
                {
                    return output.Fail($"unknown fault kind '{error}'; see 'fault kinds'", 2);
                }

                if (!kind.AppliesTo(command))
                {
                    return output.Fail($"fault '{error}' does not apply to '{command}' (applies to: {string.Join(", ", kind.Commands)})", 2);
                }

                if (!int.TryParse(timesText ?? "1", out var times) || times < 0)
                    return output.Fail("--times must be a number >= 0 (0: until cleared)", 2);

                store.Update(list => { list.Faults.Add(new Fault(command, error, times)); return 0; });
                return output.Say($"{invocation.Node}: next {(times == 0 ? "all" : times.ToString())} '{command}' call(s) fail with {error}", 0);
            case ["list"]:
                output.Lines(store.Read().Faults.Select(f => $"{f.Command}\t{f.Error}\t{(f.Remaining == 0 ? "until cleared" : f.Remaining.ToString())}"));
                return 0;
            case ["clear", ..]:
                var commands = args.Skip(1).ToList();
                store.Update(list => list.Faults.RemoveAll(f => commands.Count == 0 || commands.Contains(f.Command)));
                return 0;
            case ["kinds"]:
                output.Lines(FaultKinds.All.Select(k => $"{k.Name}\t{string.Join(",", k.Commands)}\texit {k.ExitCode}\t{k.Message}"));
                return 0;
            default:
                return output.Fail("usage: fault add COMMAND ERROR [--times N] | fault list | fault clear [COMMAND...] | fault kinds", 2);
        }
    }
}

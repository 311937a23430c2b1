namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`ceph osd set|unset FLAG`: the monitor answers `noout is set` / `noout is unset` on stderr with exit 0, also
/// when the flag already was (OSDMonitor::prepare_set_flag/prepare_unset_flag).</summary>
public static class CephOsdFlagCommand
{
    /// <summary>`osd unset` takes the same keys but pglog_hardlimit (MonCommands.h).</summary>
    const string UnsetChoices = "full|pause|noup|nodown|noout|noin|nobackfill|norebalance|norecover|noscrub|nodeep-scrub|notieragent|nosnaptrim|noautoscale";

    public static int Run(MicroCephContext context, string verb, IReadOnlyList<string> flags, Output output)
    {
        var choices = verb == "set" ? OsdMapFlags.Choices : UnsetChoices;
        if (flags is not [var flag] || !choices.Split('|').Contains(flag))
        {
            var given = flags.Count == 0 ? "missing required parameter key(" + choices + ")" : $"{flags[0]} not in {choices}";
            output.Error($"Invalid command: {given}");
            output.Error($"osd {verb} {choices}{(verb == "set" ? " [--yes-i-really-mean-it]" : "")} :  {verb} <key>");
            return output.Fail("Error EINVAL: invalid command", 22);
        }

        if (!OsdMapFlags.Settable(flag))
            return output.Fail($"picluster-sim: 'ceph osd {verb} {flag}' is not simulated (only {string.Join(", ", ["noup", "nodown", "noout", "noin", "nobackfill", "norebalance", "norecover", "noscrub", "nodeep-scrub"])})");

        context.Store.Update(state =>
        {
            var id = state.Nodes[context.Node];
            var cluster = state.Clusters[id];
            var changed = verb == "set" ? !cluster.OsdFlags.Contains(flag) : cluster.OsdFlags.Contains(flag);
            if (!changed)
                return 0;

            if (verb == "set")
                cluster.OsdFlags.Add(flag);
            else
                cluster.OsdFlags.Remove(flag);

            state.Clusters[id] = cluster with { OsdMapChanges = cluster.OsdMapChanges + 1 };
            return 0;
        });
        output.Error($"{flag} is {verb}");
        return 0;
    }
}

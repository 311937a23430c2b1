namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph.ceph` (alias `ceph`): `-s`/`status`, `health [detail]`, `versions`, `osd set|unset|dump|ok-to-stop|safe-to-destroy|purge`, `mon dump|rm`, as text or
/// `-f json`; `-v`/`--version` names the client's own build. The monitors' status texts go to stderr, data to stdout.</summary>
public static class CephCommand
{
    public static int Run(Invocation invocation, Output output)
    {
        var flags = new Flags(invocation.Args);
        var format = flags.Value("-f", "--format") ?? "plain";
        var status = flags.Has("-s", "--status");
        var version = flags.Has("-v", "--version");
        _ = flags.Value("--max"); // ok-to-stop's batch size: the answer here covers exactly the OSDs named
        var sure = flags.Has("--yes-i-really-mean-it");
        var words = flags.Positional;
        var context = new MicroCephContext(invocation);
        if (version && Snaps.SnapdStore.Installed(invocation.Paths, invocation.Node, "microceph") is { } snap)
            return output.Say(CephRelease.Describe(snap.Version), 0);

        if (context.Store.Read().ClusterOf(invocation.Node) is not { } cluster || !File.Exists(context.Files.CephConf))
            return output.Fail("Error initializing cluster client: ObjectNotFound('RADOS object not found (error calling conf_read_file)')");

        var health = CephHealth.Assess(context, cluster);
        if (!health.HasQuorum)
            return output.Fail(CephHealth.NoQuorum);

        var json = format is "json" or "json-pretty";
        var pretty = format == "json-pretty";
        switch (words)
        {
            case [] when status:
            case ["status"]:
                output.Write(json ? CephStatusJson.Render(health, pretty) + "\n" : CephStatusText.Render(health));
                return 0;
            case ["health", ..]:
                Health(health, json, words is [_, "detail"], output);
                return 0;
            case ["versions"]:
                output.Line(CephVersions.Render(health, pretty: format != "json"));
                return 0;
            case ["osd", var verb, ..] when verb is "set" or "unset":
                return CephOsdFlagCommand.Run(context, verb, words.Skip(2).ToList(), output);
            case ["osd", "ok-to-stop", ..]:
                return CephOsdOkToStop.Run(health, words.Skip(2).ToList(), output);
            case ["osd", "safe-to-destroy", ..]:
                return CephOsdSafeToDestroy.Run(health, words.Skip(2).ToList(), json, output);
            case ["osd", "purge", ..]:
                return CephOsdPurgeCommand.Run(context, health, words.Skip(2).ToList(), sure, output);
            case ["mon", "dump"]:
                return CephMonDump.Run(health, json, pretty, output);
            case ["mon", "rm", var name]:
                return CephMonRemove.Run(context, health, name, output);
            case ["osd", "dump"]:
                output.Write(json ? CephOsdDump.Json(health, pretty) + "\n" : CephOsdDump.Text(health));
                return 0;
            default:
                return output.Fail($"picluster-sim: 'ceph {string.Join(' ', invocation.Args)}' is not simulated (only -s, status, health [detail], versions, osd set|unset|dump|ok-to-stop|safe-to-destroy|purge, mon dump|rm, -v)");
        }
    }

    static void Health(CephHealth health, bool json, bool detail, Output output)
    {
        if (json)
        {
            output.Line(CephStatusJson.Health(health));
            return;
        }

        output.Line(health.Status + (health.Checks.Count > 0 ? " " + string.Join("; ", health.Checks.Select(c => c.Message)) : ""));
        if (!detail)
            return;

        foreach (var check in health.Checks)
        {
            output.Line($"[WRN] {check.Code}: {check.Message}");
            output.Lines((check.Detail ?? []).Select(line => "    " + line));
        }
    }
}

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph.ceph` (alias `ceph`): `-s`/`status` and `health [detail]`, as text or `-f json`.</summary>
public static class CephCommand
{
    public static int Run(Invocation invocation, Output output)
    {
        var flags = new Flags(invocation.Args);
        var format = flags.Value("-f", "--format") ?? "plain";
        var status = flags.Has("-s", "--status");
        var words = flags.Positional;
        var context = new MicroCephContext(invocation);
        if (context.Store.Read().ClusterOf(invocation.Node) is not { } cluster || !File.Exists(context.Files.CephConf))
            return output.Fail("Error initializing cluster client: ObjectNotFound('RADOS object not found (error calling conf_read_file)')");

        var health = CephHealth.Assess(context, cluster);
        if (!health.HasQuorum)
            return output.Fail(CephHealth.NoQuorum);

        var json = format is "json" or "json-pretty";
        if (status || words is ["status"] or ["-s"])
        {
            output.Write(json ? CephStatusJson.Render(health, format == "json-pretty") + "\n" : CephStatusText.Render(health));
            return 0;
        }

        if (words is ["health", ..])
        {
            if (json)
            {
                output.Line(CephStatusJson.Health(health));
            }
            else
            {
                output.Line(health.Status + (health.Checks.Count > 0 ? " " + string.Join("; ", health.Checks.Select(c => c.Message)) : ""));
                if (words is [_, "detail"])
                {
                    output.Lines(health.Checks.Select(c => $"[WRN] {c.Code}: {c.Message}"));
                }
            }

            return 0;
        }

        return output.Fail($"picluster-sim: 'ceph {string.Join(' ', invocation.Args)}' is not simulated (only -s, status, health)");
    }
}

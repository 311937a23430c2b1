namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph cluster join TOKEN [--microceph-ip IP]`: silent on success; the token must name this host and is used up.</summary>
public static class ClusterJoinCommand
{
    static readonly string[] Services = ["mds", "mgr", "mon"];

    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var ip = flags.Value("--microceph-ip") is { Length: > 0 } given ? given : context.Invocation.Self.Address;
        flags.Value("--availability-zone");
        flags.Has("--defer-ceph");
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        if (flags.Positional is not [var text])
            return output.Fail(MicroCephCommand.ArgCount(1, flags.Positional.Count));

        if (context.Store.Read().Nodes.ContainsKey(context.Node))
            return output.Fail(MicroCephContext.DatabaseOnline);

        if (JoinToken.Decode(text, out var why) is not { } token)
        {
            return output.Fail($"Error: invalid join token: {why}");
        }

        var hostname = MicroCephContext.Hostname;
        var address = $"{ip}:7443";
        // Each address in the token is tried in turn; the reason is the last one's.
        var attempts = Math.Max(1, token.JoinAddresses.Count);
        var result = context.Store.Update<(string? Error, CephClusterRecord? Cluster)>(state =>
        {
            var cluster = state.Clusters.Values.FirstOrDefault(c => c.Fingerprint == token.Fingerprint);
            var record = cluster?.Tokens.FirstOrDefault(t => t.Secret == token.Secret);
            if (cluster is null || record is null)
                return ("CoreTokenRecord not found", null);

            if (record.Expires <= DateTimeOffset.UtcNow)
                return ("Token expired", null);

            if (record.Name != hostname)
                return ("Joining server certificate SAN does not contain join token name", null);

            if (cluster.Members.Any(m => m.Address == address))
            {
                return ($"Remote with address \"{address}\" exists", null);
            }

            cluster.Tokens.Remove(record);
            var services = Services.Where(s => cluster.Members.Count(m => m.Services.Contains(s)) < 3).ToList();
            cluster.Members.Add(new CephMember(hostname, address, context.Node, BootstrapCommand.NewFingerprint(), services, DateTimeOffset.UtcNow));
            state.Nodes[context.Node] = cluster.Fsid;
            return (null, cluster);
        });
        if (result.Cluster is not { } joined)
        {
            return output.Fail($"Error: {attempts} join attempts were unsuccessful. Last error: {result.Error}");
        }

        context.Files.WriteConf(joined);
        return 0;
    }
}

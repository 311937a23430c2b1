using System.Net;
using System.Security.Cryptography;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph cluster bootstrap [--microceph-ip IP] [--mon-ip IP] [--public-network CIDR] ...`: silent on success.</summary>
public static class BootstrapCommand
{
    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var ip = flags.Value("--microceph-ip") is { Length: > 0 } given ? given : context.Invocation.Self.Address;
        var monIp = flags.Value("--mon-ip");
        var publicNetwork = flags.Value("--public-network");
        flags.Value("--cluster-network", "--availability-zone");
        flags.Has("--v2-only", "--defer-ceph");
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        if (flags.Positional.Count > 0)
            return output.Fail(MicroCephCommand.ArgCount(0, flags.Positional.Count));

        if (monIp is not null && publicNetwork is not null && !InNetwork(monIp, publicNetwork))
        {
            return output.Fail($"Error: provided mon-ip {monIp} is not available on provided public network {publicNetwork}");
        }

        var hostname = MicroCephContext.Hostname;
        var done = context.Store.Update<CephClusterRecord?>(state =>
        {
            if (state.Nodes.ContainsKey(context.Node))
                return null;

            var cluster = new CephClusterRecord
            {
                Fsid = Guid.NewGuid().ToString("D"),
                Fingerprint = NewFingerprint(),
                Created = DateTimeOffset.UtcNow,
            };
            cluster.Members.Add(new CephMember(hostname, $"{ip}:7443", context.Node, NewFingerprint(), ["mds", "mgr", "mon"], DateTimeOffset.UtcNow));
            state.Clusters[cluster.Fsid] = cluster;
            state.Nodes[context.Node] = cluster.Fsid;
            return cluster;
        });
        if (done is null)
            return output.Fail(MicroCephContext.DatabaseOnline);

        context.Files.WriteConf(done);
        return 0;
    }

    public static string NewFingerprint() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    static bool InNetwork(string ip, string cidr)
    {
        var parts = cidr.Split('/');
        if (!IPAddress.TryParse(ip, out var address) || !IPAddress.TryParse(parts[0], out var network)
            || parts.Length != 2 || !int.TryParse(parts[1], out var bits) || bits is < 0 or > 32)
        {
            return false;
        }

        var mask = bits == 0 ? 0u : uint.MaxValue << (32 - bits);
        return (ToUInt(address) & mask) == (ToUInt(network) & mask);
    }

    static uint ToUInt(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return bytes.Length == 4 ? (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]) : 0;
    }
}

using System.Net;
using System.Net.Sockets;
using PiCluster.Cluster;
using PiCluster.Facts;
using PiCluster.Remote;
using PiCluster.Steps;

namespace PiCluster.Plans;

/// <summary>Reads every inventory host's settings, then its facts (one probe each, in parallel), for the planner.</summary>
public static class ClusterHosts
{
    static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Settings are read first, so a bad inventory value stops the run before anything connects.</summary>
    public static async Task<IReadOnlyList<ClusterHost>> GatherAsync(
        IReadOnlyList<HostTarget> everyone, IReadOnlySet<string> selected, IReadOnlyDictionary<string, RemoteHost> remotes, int forks,
        Action<HostOutcome<HostFacts>> gathered, CancellationToken ct)
    {
        var specs = everyone.ToDictionary(t => t.Name, t => NodeSpec.From(t.Host));
        var outcomes = await EachHost.RunAsync(everyone, forks,
            async (target, token) => await GatherFacts.RunAsync(
                await remotes[target.Name].SessionAsync(token), specs[target.Name].Storage is not null, ProbeTimeout, token),
            gathered, ct);
        var hosts = new List<ClusterHost>();
        foreach (var outcome in outcomes)
        {
            var target = outcome.Target;
            var (address, unresolved) = await AddressAsync(target.Connection.Address, ct);
            hosts.Add(new(target, specs[target.Name], address, unresolved is null ? outcome.Value : null, unresolved ?? outcome.Message, selected.Contains(target.Name))
            {
                FactsElapsed = outcome.Elapsed,
            });
        }
        return hosts;
    }

    /// <summary>Nodes know each other by IP (`microk8s join` refuses names), so an inventory name is resolved here, once.</summary>
    static async Task<(string Address, string? Problem)> AddressAsync(string address, CancellationToken ct)
    {
        if (IPAddress.TryParse(address, out _)) return (address, null);
        try
        {
            var found = await Dns.GetHostAddressesAsync(address, AddressFamily.InterNetwork, ct);
            return found.Length > 0 ? (found[0].ToString(), null) : (address, $"{address} has no IPv4 address: set ansible_host to the Pi's IP");
        }
        catch (SocketException)
        {
            return (address, $"{address} does not resolve: set ansible_host to the Pi's IP");
        }
    }
}

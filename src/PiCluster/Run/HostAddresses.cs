using System.Net;
using System.Net.Sockets;

namespace PiCluster.Run;

/// <summary>Nodes know each other by IP (`microk8s join` refuses names), so an inventory address that is a name is resolved, once;
/// an IP is written as Kubernetes writes it (`10.0.0.011` is 10.0.0.9, as inet_aton reads it), so it compares with node addresses.</summary>
static class HostAddresses
{
    public static async Task<(string Address, string? Problem)> ResolveAsync(string address, CancellationToken ct)
    {
        if (IPAddress.TryParse(address, out var ip)) return (ip.ToString(), null);
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

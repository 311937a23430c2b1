using System.Net;
using System.Net.Sockets;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`IP:PORT/TOKEN[/CHECK]`, validated client-side like join.py's get_valid_connection_parts.</summary>
public sealed record JoinUrl(string Ip, int Port, string Token, string? Check)
{
    public static JoinUrl Parse(string connection, out string? problem)
    {
        problem = null;
        var parts = connection.Split('/');
        var host = parts[0].Split(':');
        if (parts.Length is < 2 or > 3 || host.Length != 2)
        {
            problem = "Expected format: <master_IP>:<master_PORT>/<token>[/<fingerprint>]";
            return null!;
        }

        problem = !IPAddress.TryParse(host[0], out var ip) || ip.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
                || host[0].Count(c => c == '.') != 3 && ip.AddressFamily == AddressFamily.InterNetwork
            ? "Invalid master IP"
            : !int.TryParse(host[1], out var port) ? "Master PORT not a number"
            : port is < 1 or > 65535 ? "Master PORT not in range 1:65535"
            : parts[1].Length < 32 ? "Cluster token size should be at least 32 bytes"
            : parts.Length == 3 && parts[2].Length < 12 ? "Fingerprint should be at least 12 bytes"
            : null;
        return problem is null ? new JoinUrl(host[0], int.Parse(host[1]), parts[1], parts.Length == 3 ? parts[2] : null) : null!;
    }
}

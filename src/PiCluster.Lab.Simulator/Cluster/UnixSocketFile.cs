using System.Net.Sockets;

namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>A socket inode nobody listens on, so `test -S` sees what it would on a Pi; an empty file where the path is too long to bind.</summary>
public static class UnixSocketFile
{
    public static void Create(string path)
    {
        var bound = Path.Combine(Path.GetDirectoryName(path)!, $".{Environment.ProcessId}.sock");
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Bind(new UnixDomainSocketEndPoint(bound));
            // .NET unlinks the path it bound when the socket is disposed; the inode moved away survives.
            File.Move(bound, path, overwrite: true);
        }
        catch (Exception e) when (e is ArgumentException or SocketException)
        {
            File.WriteAllText(path, "");
        }
    }
}

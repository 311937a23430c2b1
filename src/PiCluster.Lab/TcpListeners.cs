using System.Globalization;
using System.Net;

namespace PiCluster.Lab;

/// <summary>The listening TCP sockets of this machine's network namespace, which the lab's nodes share.</summary>
public static class TcpListeners
{
    public sealed record Listener(IPAddress Address, int Port, string Inode);

    public static IReadOnlyList<Listener> Now() => Parse(File.ReadAllText("/proc/net/tcp"));

    /// <summary>Reads /proc/net/tcp: `sl local rem st … inode`, addresses as little-endian hex, LISTEN is state 0A.</summary>
    public static IReadOnlyList<Listener> Parse(string procNetTcp) =>
        [.. procNetTcp.Split('\n').Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length > 9 && fields[3] == "0A")
            .Select(fields => (Local: fields[1].Split(':'), Inode: fields[9]))
            .Select(s => new Listener(
                new IPAddress(uint.Parse(s.Local[0], NumberStyles.HexNumber)), int.Parse(s.Local[1], NumberStyles.HexNumber), s.Inode))];

    /// <summary>Who holds a listener, as "pid N (command line)", for an error message; "an unknown process" if not found.</summary>
    public static string Owner(Listener listener)
    {
        var socket = $"socket:[{listener.Inode}]";
        foreach (var process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out var pid)) continue;
            try
            {
                if (Directory.EnumerateFileSystemEntries(Path.Combine(process, "fd")).Any(fd => new FileInfo(fd).LinkTarget == socket))
                    return $"pid {pid} ({File.ReadAllText(Path.Combine(process, "cmdline")).Replace('\0', ' ').Trim()})";
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return "an unknown process";
    }
}

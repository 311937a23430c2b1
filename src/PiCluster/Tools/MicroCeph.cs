using PiCluster.Remote;

namespace PiCluster.Tools;

/// <summary>The `microceph` command lines PiCluster sends, by full path.</summary>
public static class MicroCeph
{
    public const string Binary = "/snap/bin/microceph";
    public const string Ceph = "/snap/bin/microceph.ceph";

    public static string Install(string channel) => "snap wait system seed.loaded && " + ShellQuote.Command("snap", "install", "microceph", $"--channel={channel}");

    public const string Hold = "snap refresh --hold microceph";

    public const string Bootstrap = Binary + " cluster bootstrap";

    /// <summary>A token for exactly that hostname; short-lived, since a second one for the same name is refused while the first is unused.</summary>
    public static string AddMember(string hostname) => ShellQuote.Command(Binary, "cluster", "add", hostname, "--timeout", "10m");

    public static string Join(string token) => ShellQuote.Command(Binary, "cluster", "join", token);

    public static string AddDisk(string disk, bool wipe) => ShellQuote.Command([Binary, "disk", "add", disk, .. wipe ? ["--wipe"] : Array.Empty<string>()]);

    public const string Members = Binary + " cluster list -f json";
    public const string Disks = Binary + " disk list --json";
    public const string Status = Ceph + " -s -f json";
}

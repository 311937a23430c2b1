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

    /// <summary>Deletes the unused join tokens made for that hostname (MicroCeph has no command that revokes one);
    /// <paramref name="table"/> is the one `cluster add` named when it refused a second token.</summary>
    public static string ForgetTokens(string table, string hostname) =>
        ShellQuote.Command(Binary, "cluster", "sql", $"DELETE FROM {table} WHERE name = '{hostname}'");

    public static string Join(string token) => ShellQuote.Command(Binary, "cluster", "join", token);

    public static string AddDisk(string disk, bool wipe) => ShellQuote.Command([Binary, "disk", "add", disk, .. wipe ? ["--wipe"] : Array.Empty<string>()]);

    /// <summary>The plain table: `-f json` came with microceph PR #646 (Nov 2025), and the builds Pis hold (rev 1228 … at least 1582)
    /// refuse it (`Error: unknown shorthand flag: 'f' in -f`).</summary>
    public const string Members = Binary + " cluster list";
    public const string Disks = Binary + " disk list --json";
    public const string Status = Ceph + " -s -f json";
    public const string Mons = Ceph + " mon dump -f json";
    public const string OsdMap = Ceph + " osd dump -f json";

    /// <summary>Marks the OSD out, waits until `ceph osd safe-to-destroy` says its data lives elsewhere, purges it and wipes the disk;
    /// the request goes to the OSD's own member. Only an id is accepted, never a device path.</summary>
    public static string RemoveDisk(int osd, TimeSpan timeout, bool degrade) => ShellQuote.Command([
        Binary, "disk", "remove", $"osd.{osd}", "--timeout", ((long)timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        .. degrade ? ["--bypass-safety-checks", "--confirm-failure-domain-downgrade"] : Array.Empty<string>()]);

    /// <summary>Runs on another member; its pre-remove hook runs on the member that goes, so a dead one needs --force.</summary>
    public static string RemoveMember(string name, bool force) =>
        ShellQuote.Command([Binary, "cluster", "remove", name, .. force ? ["--force"] : Array.Empty<string>()]);

    /// <summary>A dead member's OSD, which `cluster remove --force` leaves in Ceph's OSD map.</summary>
    public static string PurgeOsd(int osd) => ShellQuote.Command(Ceph, "osd", "purge", $"osd.{osd}", "--yes-i-really-mean-it");

    /// <summary>A dead member's monitor, which `cluster remove --force` leaves in the monmap.</summary>
    public static string RemoveMon(string name) => ShellQuote.Command(Ceph, "mon", "rm", name);

    public const string Purge = "snap remove microceph --purge";

    /// <summary>OSDs that stop are not marked out, so no data moves while a Pi restarts its daemons (HEALTH_WARN while set).</summary>
    public const string SetNoout = Ceph + " osd set noout";

    public const string UnsetNoout = Ceph + " osd unset noout";

    /// <summary>Every MicroCeph daemon on the Pi restarts; the hold stays.</summary>
    public static string Refresh(string channel) => ShellQuote.Command("snap", "refresh", "microceph", $"--channel={channel}");
}

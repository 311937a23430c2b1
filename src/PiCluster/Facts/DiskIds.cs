namespace PiCluster.Facts;

/// <summary>/dev/disk/by-id links and the devices they point at, from `for f in /dev/disk/by-id/*; do echo "$f $(readlink -f "$f")"; done`.
/// A disk has several (`usb-…`, `wwn-…`; `nvme-…`, `nvme-eui.…`), so a disk is known by the device its link resolves to,
/// never by the link's name: MicroCeph records the alias that sorts last, whatever the inventory named.</summary>
public static class DiskIds
{
    public const string Command = "for f in /dev/disk/by-id/*; do [ -e \"$f\" ] && printf '%s %s\\n' \"$f\" \"$(readlink -f \"$f\")\"; done";

    public static IReadOnlyDictionary<string, string> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0])
            .ToDictionary(g => g.Key, g => g.First()[1]);

    /// <summary>The device (/dev/sda) a path names: a by-id link through <paramref name="ids"/>, a kernel name as it is;
    /// null for anything else (a loop spec, a link the Pi does not have).</summary>
    public static string? Device(IReadOnlyDictionary<string, string> ids, string path) =>
        ids.TryGetValue(path, out var device) ? device
        : path.StartsWith("/dev/", StringComparison.Ordinal) && path.IndexOf('/', "/dev/".Length) < 0 ? path
        : null;

    /// <summary>Whether two paths name the same disk: equal, or resolving to the same device.</summary>
    public static bool SameDisk(IReadOnlyDictionary<string, string> ids, string one, string other) =>
        one == other || Device(ids, one) is { } device && device == Device(ids, other);
}

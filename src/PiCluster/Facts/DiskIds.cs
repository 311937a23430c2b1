namespace PiCluster.Facts;

/// <summary>/dev/disk/by-id links and the devices they point at, from `for f in /dev/disk/by-id/*; do echo "$f $(readlink -f "$f")"; done`.</summary>
public static class DiskIds
{
    public const string Command = "for f in /dev/disk/by-id/*; do [ -e \"$f\" ] && printf '%s %s\\n' \"$f\" \"$(readlink -f \"$f\")\"; done";

    public static IReadOnlyDictionary<string, string> Parse(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0])
            .ToDictionary(g => g.Key, g => g.First()[1]);
}

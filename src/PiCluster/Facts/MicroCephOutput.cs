using System.Text.Json;
using System.Text.RegularExpressions;

namespace PiCluster.Facts;

/// <summary>Reads MicroCeph's and Ceph's output.</summary>
public static partial class MicroCephOutput
{
    /// <summary>The plain table of `microceph cluster list` (NAME, ADDRESS, ROLE, FINGERPRINT, STATUS), which every build prints;
    /// `-f json` exists only in builds from late 2025 on. Empty when it is not that table (`Error: Database is not yet initialized`).</summary>
    public static IReadOnlyList<MicroCephMember> ParseMembers(string table) =>
        [.. BoxTable.Rows(table)
            .Where(row => row.ContainsKey("NAME") && row.ContainsKey("ADDRESS") && row.ContainsKey("STATUS"))
            .Select(row => new MicroCephMember(row["NAME"], row["ADDRESS"], row["STATUS"]))];

    /// <summary>The token table `cluster add` names when it refuses a second token for a name whose first is unused:
    /// `Failed to create "core_token_records" entry: UNIQUE constraint failed: core_token_records.name` (older builds:
    /// `This "…_token_records" entry already exists`); null for any other failure.</summary>
    public static string? UnusedTokenTable(string stderr) =>
        UnusedToken().Match(stderr) is { Success: true } match ? match.Groups["table"].Value : null;

    [GeneratedRegex("""(?:Failed to create|This) "(?<table>[a-z_]+_token_records)" entry(?::| already exists)""")]
    private static partial Regex UnusedToken();

    public static IReadOnlyList<MicroCephDisk> ParseDisks(string json) => Read<IReadOnlyList<MicroCephDisk>>(json, root =>
        root.TryGetProperty("ConfiguredDisks", out var disks) && disks.ValueKind == JsonValueKind.Array
            ? [.. disks.EnumerateArray().Select(d => new MicroCephDisk(
                d.TryGetProperty("osd", out var osd) && osd.TryGetInt32(out var number) ? number : 0, Text(d, "path"), Text(d, "location")))]
            : [], []);

    public static CephHealth? ParseHealth(string json) => Read<CephHealth?>(json, root =>
    {
        if (!root.TryGetProperty("health", out var health)) return null;
        var reasons = health.TryGetProperty("checks", out var checks) && checks.ValueKind == JsonValueKind.Object
            ? checks.EnumerateObject().Select(c => c.Value.TryGetProperty("summary", out var s) ? Text(s, "message") : c.Name).ToList()
            : [];
        var names = checks.ValueKind == JsonValueKind.Object ? checks.EnumerateObject().Select(c => c.Name).ToList() : [];
        var osdmap = root.TryGetProperty("osdmap", out var map) ? map : default;
        var pgStates = root.TryGetProperty("pgmap", out var pgmap) && pgmap.TryGetProperty("pgs_by_state", out var states) && states.ValueKind == JsonValueKind.Array
            ? states.EnumerateArray().Select(state => Text(state, "state_name")).ToList()
            : [];
        return new(Text(health, "status"), reasons, Number(osdmap, "num_osds"), Number(osdmap, "num_up_osds"), Number(osdmap, "num_in_osds"))
        {
            Checks = names,
            PgsClean = pgStates.All(state => state == "active+clean"),
        };
    }, null);

    /// <summary>The monitors' names from `ceph mon dump -f json` (`.mons[].name`).</summary>
    public static IReadOnlyList<string> ParseMons(string json) => Read<IReadOnlyList<string>>(json, root =>
        root.TryGetProperty("mons", out var mons) && mons.ValueKind == JsonValueKind.Array
            ? [.. mons.EnumerateArray().Select(m => Text(m, "name")).Where(name => name.Length > 0)]
            : [], []);

    /// <summary>The largest `size` of the pools in `ceph osd dump -f json`; null when it lists none.</summary>
    public static int? ParsePoolSize(string json) => Read<int?>(json, root =>
        root.TryGetProperty("pools", out var pools) && pools.ValueKind == JsonValueKind.Array && pools.GetArrayLength() > 0
            ? pools.EnumerateArray().Max(p => Number(p, "size"))
            : null, null);

    /// <summary>What <paramref name="read"/> finds, or <paramref name="otherwise"/> when the output is not JSON (the command failed).</summary>
    static T Read<T>(string json, Func<JsonElement, T> read, T otherwise)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return read(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return otherwise;
        }
    }

    static string Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    static int Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : 0;
}

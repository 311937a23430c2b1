using System.Text.Json;

namespace PiCluster.Facts;

/// <summary>Reads MicroCeph's and Ceph's JSON output.</summary>
public static class MicroCephOutput
{
    public static IReadOnlyList<MicroCephMember> ParseMembers(string json) => Read<IReadOnlyList<MicroCephMember>>(json, root =>
        root.ValueKind == JsonValueKind.Array
            ? [.. root.EnumerateArray().Select(m => new MicroCephMember(Text(m, "name"), Text(m, "address"), Text(m, "status")))]
            : [], []);

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
        var osdmap = root.TryGetProperty("osdmap", out var map) ? map : default;
        return new(Text(health, "status"), reasons, Number(osdmap, "num_osds"), Number(osdmap, "num_up_osds"), Number(osdmap, "num_in_osds"));
    }, null);

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

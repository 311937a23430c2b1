using System.Text.Json;

namespace PiCluster.Facts;

/// <summary>Reads `lsblk -J -o NAME,MODEL,SIZE,TYPE,MOUNTPOINTS,FSTYPE`; snap loop devices are left out.</summary>
public static class Lsblk
{
    public const string Command = "lsblk -J -o NAME,MODEL,SIZE,TYPE,MOUNTPOINTS,FSTYPE";

    public static IReadOnlyList<BlockDevice> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return [.. Devices(document.RootElement, "blockdevices").Where(d => d.Type != "loop")];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    static IEnumerable<BlockDevice> Devices(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(Device) : [];

    static BlockDevice Device(JsonElement device) => new(
        Text(device, "name") ?? "",
        Text(device, "model")?.Trim(),
        Text(device, "size") ?? "",
        Text(device, "type") ?? "",
        device.TryGetProperty("mountpoints", out var mounts) && mounts.ValueKind == JsonValueKind.Array
            ? [.. mounts.EnumerateArray().Where(m => m.ValueKind == JsonValueKind.String).Select(m => m.GetString()!)]
            : [],
        Text(device, "fstype"),
        [.. Devices(device, "children")]);

    static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

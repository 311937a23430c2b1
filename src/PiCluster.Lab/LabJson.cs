using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiCluster.Lab;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LabSettings))]
[JsonSerializable(typeof(List<BlockDevice>))]
sealed partial class LabJsonContext : JsonSerializerContext;

public static class LabJson
{
    public static LabSettings ReadSettings(LabPaths paths) =>
        JsonSerializer.Deserialize(File.ReadAllText(paths.Settings), LabJsonContext.Default.LabSettings)
        ?? throw new InvalidDataException($"{paths.Settings} is empty");

    public static void WriteSettings(LabPaths paths, LabSettings settings)
    {
        var temp = paths.Settings + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(settings, LabJsonContext.Default.LabSettings));
        File.Move(temp, paths.Settings, overwrite: true);
    }

    public static string ReadPower(LabPaths paths, string node) =>
        File.Exists(paths.Power(node)) ? File.ReadAllText(paths.Power(node)).Trim() : "off";
}

using System.Text.Json;

namespace PiCluster.Cli;

public static class JsonStrings
{
    /// <summary>`"name": ["…", …]`, each value redacted of secrets.</summary>
    public static void Write(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(Secrets.Redact(value));
        json.WriteEndArray();
    }
}

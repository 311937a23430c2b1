using System.Text.Json;

namespace PiCluster.Cli;

/// <summary>What every `--output json` shares: one indented document on stdout, secrets redacted from string lists, nodes written alike.</summary>
public static class JsonOutput
{
    public static void Write(Action<Utf8JsonWriter> write)
    {
        using var stream = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true })) write(json);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>`"name": ["…", …]`, each value redacted of secrets.</summary>
    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(Secrets.Redact(value));
        json.WriteEndArray();
    }

    /// <summary>The fields every node object has: name, address, ready, control_plane.</summary>
    public static void NodeFields(Utf8JsonWriter json, string name, string? address, bool ready, bool controlPlane)
    {
        json.WriteString("name", name);
        json.WriteString("address", address);
        json.WriteBoolean("ready", ready);
        json.WriteBoolean("control_plane", controlPlane);
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace PiCluster.Cli.Json;

/// <summary>Every string of a document (values and keys) passes <see cref="Secrets.Redact"/> before it is written.</summary>
public sealed class RedactedText : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(Secrets.Redact(value));

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(Secrets.Redact(value));
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PiCluster.Cli.Json;

/// <summary>Every `--output json` document, serialised by source generation (no reflection, so AOT-safe): snake_case names,
/// UTF-8 as it is (→, not \u2192), every field present (null when unknown; a host result has only its outcome's fields),
/// secrets masked. docs/json.md describes each document.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true,
    Converters = [typeof(RedactedText), typeof(RoleName)])]
[JsonSerializable(typeof(HostsDocument))]
[JsonSerializable(typeof(RunDocument))]
[JsonSerializable(typeof(StatusDocument))]
public sealed partial class OutputJson : JsonSerializerContext
{
    /// <summary>Raised with every change to the shape of a document.</summary>
    public const int SchemaVersion = 1;

    // Made on first use: the generated Default is not yet set while static fields are initialised.
    static OutputJson Relaxed => field ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static void Write<T>(T document)
    {
        var info = (JsonTypeInfo<T>)Relaxed.GetTypeInfo(typeof(T))!;
        Console.Out.Write(JsonSerializer.Serialize(document, info) + "\n");
    }
}

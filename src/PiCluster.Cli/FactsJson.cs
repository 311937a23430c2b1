using System.Text.Json.Serialization;
using PiCluster.Facts;

namespace PiCluster.Cli;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HostFacts))]
public sealed partial class FactsJson : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;
using PiCluster.Spec;

namespace PiCluster.Cli.Json;

/// <summary>A role as a snake_case word: `control_plane`, `worker`.</summary>
public sealed class RoleName() : JsonStringEnumConverter<MicroK8sRole>(JsonNamingPolicy.SnakeCaseLower);

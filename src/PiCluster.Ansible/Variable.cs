using System.Text.Json.Nodes;

namespace PiCluster.Ansible;

/// <summary>One inventory variable as Ansible types it (string, integer, float, bool, null, list, mapping) and where it was set.</summary>
public sealed record Variable(string Name, JsonNode? Value, SourceSpot? Where);

using System.Text.Json;

namespace PiCluster.Facts;

/// <summary>Reads MicroK8s' output and state files.</summary>
public static class MicroK8sOutput
{
    /// <summary>`microk8s status --format yaml` starts with `microk8s:` / `  running: True|False` (Python booleans).</summary>
    public static bool ParseRunning(string statusYaml) =>
        statusYaml.Split('\n').Any(line => line.Trim() == "running: True");

    /// <summary>The `addons:` list of `status --format yaml`: `- name:` starts an entry; `repository:` and `status:` follow.</summary>
    public static IReadOnlyList<AddonState> ParseAddons(string statusYaml)
    {
        var addons = new List<AddonState>();
        string? name = null, repository = null;
        foreach (var line in statusYaml.Split('\n').SkipWhile(l => l.TrimEnd() != "addons:").Select(l => l.Trim()))
        {
            if (line.StartsWith("- name:", StringComparison.Ordinal))
            {
                (name, repository) = (line["- name:".Length..].Trim(), "core");
            }
            else if (line.StartsWith("repository:", StringComparison.Ordinal))
            {
                repository = line["repository:".Length..].Trim();
            }
            else if (line.StartsWith("status:", StringComparison.Ordinal) && name is not null)
            {
                addons.Add(new(name, repository ?? "core", line["status:".Length..].Trim() == "enabled"));
                name = null;
            }
        }
        return addons;
    }

    /// <summary>backend/cluster.yaml: `- Address: ip:19001` / `  ID: …` / `  Role: 0|1|2`.</summary>
    public static IReadOnlyList<DatastoreMember> ParseDatastore(string clusterYaml)
    {
        var members = new List<DatastoreMember>();
        string? address = null;
        foreach (var line in clusterYaml.Split('\n').Select(l => l.Trim().TrimStart('-').Trim()))
        {
            if (line.StartsWith("Address:", StringComparison.Ordinal))
            {
                address = line["Address:".Length..].Trim();
            }
            else if (line.StartsWith("Role:", StringComparison.Ordinal) && address is not null)
            {
                members.Add(new(address, RoleName(line["Role:".Length..].Trim())));
                address = null;
            }
        }
        return members;
    }

    /// <summary>`microk8s kubectl get nodes -o json`; empty when the output is not that JSON (kubectl failed or was cut short).</summary>
    public static IReadOnlyList<ClusterNode> ParseNodes(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(ParseNode)];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return [];
        }
    }

    static ClusterNode ParseNode(JsonElement item)
    {
        var metadata = item.GetProperty("metadata");
        var status = item.GetProperty("status");
        var address = Array(status, "addresses").FirstOrDefault(a => Text(a, "type") == "InternalIP");
        var ready = Array(status, "conditions").Any(c => Text(c, "type") == "Ready" && Text(c, "status") == "True");
        var controlPlane = metadata.TryGetProperty("labels", out var labels)
            && labels.TryGetProperty("node.kubernetes.io/microk8s-controlplane", out _);
        return new(Text(metadata, "name") ?? "", address.ValueKind == JsonValueKind.Undefined ? null : Text(address, "address"), ready, controlPlane);
    }

    static JsonElement[] Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    static string RoleName(string role) => role switch
    {
        "0" => "voter",
        "1" => "standby",
        "2" => "spare",
        _ => role,
    };
}

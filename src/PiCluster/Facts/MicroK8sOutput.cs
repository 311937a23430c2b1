using System.Text.Json;

namespace PiCluster.Facts;

/// <summary>Reads MicroK8s' output and state files.</summary>
public static class MicroK8sOutput
{
    /// <summary>`status --format short`: readiness and addons only. Every other format also prints the dqlite members, and
    /// status.py's get_dqlite_info waits up to 10 × (4 s query + 5 s pause) until the node's own address is among them: about
    /// 90 s while a join changes dqlite, when a shorter timeout would cut the whole answer off and read "not running".</summary>
    public const string StatusArgs = "status --format short";

    /// <summary>What `status --format short` prints first when kubectl lists service/kubernetes and a Ready node.</summary>
    public const string Running = "microk8s is running";

    public static bool ParseRunning(string status) => status.Split('\n').Any(line => line.Trim() == Running);

    /// <summary>`status --format short` after `addons:`: one `repository/name: enabled|disabled` line per addon; none when not running.</summary>
    public static IReadOnlyList<AddonState> ParseAddons(string status)
    {
        if (!ParseRunning(status)) return [];
        var addons = new List<AddonState>();
        foreach (var line in status.Split('\n').SkipWhile(l => l.Trim() != "addons:").Skip(1).Select(l => l.Trim()))
        {
            var colon = line.LastIndexOf(':');
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            if (colon < 0 || slash < 0 || slash > colon) continue;
            var state = line[(colon + 1)..].Trim();
            if (state is "enabled" or "disabled") addons.Add(new(line[(slash + 1)..colon], line[..slash], state == "enabled"));
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
        var version = status.TryGetProperty("nodeInfo", out var info) ? Text(info, "kubeletVersion") : null;
        var cordoned = item.TryGetProperty("spec", out var spec) && spec.TryGetProperty("unschedulable", out var flag) && flag.ValueKind == JsonValueKind.True;
        return new(Text(metadata, "name") ?? "", address.ValueKind == JsonValueKind.Undefined ? null : Text(address, "address"), ready, controlPlane)
        {
            Version = version,
            Cordoned = cordoned,
        };
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

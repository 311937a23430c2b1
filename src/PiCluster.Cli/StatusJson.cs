using System.Text.Json;
using PiCluster.Status;

namespace PiCluster.Cli;

/// <summary>`status --output json`: {"nodes": [{name, address, control_plane, ready, channel, in_inventory}], "high_availability", "voters", "addons", "api", "drift"}.</summary>
public static class StatusJson
{
    public static void Write(ClusterStatus status)
    {
        JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("nodes");
            foreach (var node in status.Nodes)
            {
                json.WriteStartObject();
                JsonOutput.NodeFields(json, node.Name, node.Address, node.Ready, node.ControlPlane);
                json.WriteString("channel", node.Channel);
                json.WriteBoolean("in_inventory", node.InInventory);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteBoolean("high_availability", status.HighlyAvailable);
            JsonOutput.Strings(json, "voters", status.Voters);
            JsonOutput.Strings(json, "addons", status.EnabledAddons);
            json.WriteString("api", status.ApiEndpoint);
            if (status.Storage is { } storage) StorageJson.Write(json, storage);
            JsonOutput.Strings(json, "drift", status.Drift);
            json.WriteEndObject();
        });
    }
}

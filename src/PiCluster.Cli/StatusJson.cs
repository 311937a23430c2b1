using System.Text.Json;
using PiCluster.Status;

namespace PiCluster.Cli;

/// <summary>`status --output json`: {"nodes": [{name, address, control_plane, ready, channel, in_inventory}], "high_availability", "voters", "addons", "api", "drift"}.</summary>
public static class StatusJson
{
    public static void Write(ClusterStatus status)
    {
        using var stream = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("nodes");
            foreach (var node in status.Nodes)
            {
                json.WriteStartObject();
                json.WriteString("name", node.Name);
                json.WriteString("address", node.Address);
                json.WriteBoolean("control_plane", node.ControlPlane);
                json.WriteBoolean("ready", node.Ready);
                json.WriteString("channel", node.Channel);
                json.WriteBoolean("in_inventory", node.InInventory);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteBoolean("high_availability", status.HighlyAvailable);
            JsonStrings.Write(json, "voters", status.Voters);
            JsonStrings.Write(json, "addons", status.EnabledAddons);
            json.WriteString("api", status.ApiEndpoint);
            if (status.Storage is { } storage) StorageJson.Write(json, storage);
            JsonStrings.Write(json, "drift", status.Drift);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}

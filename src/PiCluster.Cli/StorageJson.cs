using System.Text.Json;
using PiCluster.Storage;

namespace PiCluster.Cli;

/// <summary>`"storage": {"members": [{name, status}], "osds", "health", "health_reasons", "ceph_rbd"}` in `up` and `status` JSON.</summary>
public static class StorageJson
{
    public static void Write(Utf8JsonWriter json, StorageSummary storage)
    {
        json.WriteStartObject("storage");
        json.WriteStartArray("members");
        foreach (var member in storage.Members)
        {
            json.WriteStartObject();
            json.WriteString("name", member.Name);
            json.WriteString("status", member.Status);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("osds", storage.Osds);
        json.WriteString("health", storage.Health?.Status);
        JsonOutput.Strings(json, "health_reasons", storage.Health?.Reasons ?? []);
        json.WriteBoolean("ceph_rbd", storage.CephRbd);
        json.WriteEndObject();
    }
}

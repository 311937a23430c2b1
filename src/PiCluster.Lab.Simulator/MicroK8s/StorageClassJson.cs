using System.Globalization;
using System.Text.Json;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>storage.k8s.io/v1 StorageClass objects (or a List of them) as `kubectl get -o json` prints them: 4-space indent.</summary>
public static class StorageClassJson
{
    public static string Render(IReadOnlyList<StorageClass> classes, bool asObject) =>
        KubeJson.Render(classes, asObject, Write);

    static void Write(Utf8JsonWriter json, StorageClass storageClass)
    {
        json.WriteStartObject();
        json.WriteBoolean("allowVolumeExpansion", storageClass.AllowExpansion);
        json.WriteString("apiVersion", "storage.k8s.io/v1");
        json.WriteString("kind", "StorageClass");
        json.WriteStartObject("metadata");
        if (storageClass.IsDefault)
        {
            json.WriteStartObject("annotations");
            json.WriteString("storageclass.kubernetes.io/is-default-class", "true");
            json.WriteEndObject();
        }

        json.WriteString("creationTimestamp", storageClass.Created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteString("name", storageClass.Name);
        json.WriteString("resourceVersion", "1");
        json.WriteString("uid", Guid.CreateVersion7(storageClass.Created).ToString("D"));
        json.WriteEndObject();
        if (storageClass.Parameters.Count > 0)
        {
            json.WriteStartObject("parameters");
            foreach (var (key, value) in storageClass.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
                json.WriteString(key, value);

            json.WriteEndObject();
        }

        json.WriteString("provisioner", storageClass.Provisioner);
        json.WriteString("reclaimPolicy", storageClass.ReclaimPolicy);
        json.WriteString("volumeBindingMode", storageClass.BindingMode);
        json.WriteEndObject();
    }
}

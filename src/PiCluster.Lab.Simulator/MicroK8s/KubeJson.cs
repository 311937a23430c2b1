using System.Text.Json;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`kubectl get … -o json`: one object when one was named, else a v1 List of them; 4-space indent, as kubectl prints.</summary>
public static class KubeJson
{
    public static string Render<T>(IReadOnlyList<T> items, bool asObject, Action<Utf8JsonWriter, T> write)
    {
        return JsonText.Write(json =>
        {
            if (asObject)
            {
                write(json, items[0]);
            }
            else
            {
                json.WriteStartObject();
                json.WriteString("apiVersion", "v1");
                json.WriteStartArray("items");
                foreach (var item in items)
                    write(json, item);

                json.WriteEndArray();
                json.WriteString("kind", "List");
                json.WriteStartObject("metadata");
                json.WriteString("resourceVersion", "");
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }, indented: true);
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>JSON as Ceph's formatter writes it: `+` and other characters unescaped ("active+clean"), compact or indented by 4.</summary>
public static class CephJson
{
    public static string Write(Action<Utf8JsonWriter> write, bool pretty = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = pretty, IndentSize = 4, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}

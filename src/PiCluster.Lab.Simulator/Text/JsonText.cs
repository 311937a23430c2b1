using System.Text;
using System.Text.Json;

namespace PiCluster.Lab.Simulator.Text;

/// <summary>JSON written field by field, as the real tools lay it out: compact, or indented by 4 spaces.</summary>
public static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write, bool indented = false) => Encoding.UTF8.GetString(Bytes(write, indented));

    public static byte[] Bytes(Action<Utf8JsonWriter> write, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, IndentSize = 4 }))
        {
            write(json);
        }

        return buffer.ToArray();
    }
}

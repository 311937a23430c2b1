using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PiCluster.Ansible.Output;

/// <summary>Writes values as Python's json.dumps(sort_keys=True, indent=4, ensure_ascii=False) does, which is what ansible-inventory prints.</summary>
static class PythonJson
{
    public static string Write(JsonNode? value)
    {
        var text = new StringBuilder();
        Write(value, text, 0);
        return text.ToString();
    }

    /// <summary>A scalar on its own: true, null, 22, 1.5, "text".</summary>
    public static string Compact(JsonNode? value) => value is JsonValue or null ? Write(value) : value.ToJsonString();

    /// <summary>An object written member by member in key order, each value by its own writer, so that a large one need not be built first.</summary>
    public static void Object(StringBuilder text, int depth, IEnumerable<(string Key, Action<StringBuilder, int> Value)> members)
    {
        var sorted = members.OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        if (sorted.Count == 0)
        {
            text.Append("{}");
            return;
        }

        text.Append("{\n");
        for (var i = 0; i < sorted.Count; i++)
        {
            Indent(text, depth + 1);
            String(sorted[i].Key, text);
            text.Append(": ");
            sorted[i].Value(text, depth + 1);
            text.Append(i < sorted.Count - 1 ? ",\n" : "\n");
        }
        Indent(text, depth);
        text.Append('}');
    }

    public static void Write(JsonNode? value, StringBuilder text, int depth)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject map:
                Object(text, depth, map.Select(p => (p.Key, (Action<StringBuilder, int>)((t, d) => Write(p.Value, t, d)))));
                break;
            case JsonArray list when list.Count == 0:
                text.Append("[]");
                break;
            case JsonArray list:
                text.Append("[\n");
                for (var i = 0; i < list.Count; i++)
                {
                    Indent(text, depth + 1);
                    Write(list[i], text, depth + 1);
                    text.Append(i < list.Count - 1 ? ",\n" : "\n");
                }
                Indent(text, depth);
                text.Append(']');
                break;
            case JsonValue scalar:
                Scalar(scalar, text);
                break;
        }
    }

    static void Scalar(JsonValue value, StringBuilder text)
    {
        if (value.TryGetValue<JsonElement>(out var element))
            text.Append(element.GetRawText());
        else if (value.TryGetValue<string>(out var s))
            String(s, text);
        else if (value.TryGetValue<bool>(out var b))
            text.Append(b ? "true" : "false");
        else if (value.TryGetValue<long>(out var l))
            text.Append(l.ToString(CultureInfo.InvariantCulture));
        else if (value.TryGetValue<double>(out var d))
            text.Append(PythonFloat.Repr(d));
        else
            text.Append(value.ToJsonString());
    }

    static void String(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                case < ' ': text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"); break;
                default: text.Append(c); break;
            }
        }
        text.Append('"');
    }

    static void Indent(StringBuilder text, int depth) => text.Append(' ', depth * 4);
}

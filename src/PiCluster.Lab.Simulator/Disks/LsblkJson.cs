using System.Text;

namespace PiCluster.Lab.Simulator.Disks;

/// <summary>`lsblk -J` as util-linux prints it: 3-space indent, sibling objects joined as `},{`, array items 4 further in.</summary>
public static class LsblkJson
{
    public static string Render(IReadOnlyList<LsblkRow> rows, IReadOnlyList<string> columns, bool bytes, bool paths, bool tree)
    {
        var json = new StringBuilder("{\n   \"blockdevices\": [\n");
        Objects(json, rows, columns, bytes, paths, tree, indent: 6);
        json.Append("   ]\n}\n");
        return json.ToString();
    }

    static void Objects(StringBuilder json, IReadOnlyList<LsblkRow> rows, IReadOnlyList<string> columns, bool bytes, bool paths, bool tree, int indent)
    {
        var pad = new string(' ', indent);
        for (var i = 0; i < rows.Count; i++)
        {
            json.Append(i == 0 ? pad + "{\n" : "},{\n");
            var keys = new string(' ', indent + 3);
            var members = columns.Select(c => Member(c, rows[i], bytes, paths, keys)).ToList();
            if (tree && rows[i].Children.Count > 0)
            {
                var children = new StringBuilder($"{keys}\"children\": [\n");
                Objects(children, rows[i].Children, columns, bytes, paths, tree, indent + 6);
                members.Add(children.Append(keys).Append(']').ToString());
            }

            json.Append(string.Join(",\n", members)).Append('\n').Append(pad);
        }

        json.Append("}\n");
    }

    static string Member(string column, LsblkRow row, bool bytes, bool paths, string keys)
    {
        var name = $"{keys}\"{column.ToLowerInvariant()}\": ";
        if (column != "MOUNTPOINTS")
            return name + LsblkColumn.Json(column, row, bytes, paths);

        var items = row.MountPoints.Count == 0 ? "null" : string.Join(", ", row.MountPoints.Select(m => $"\"{m}\""));
        return $"{name}[\n{keys}    {items}\n{keys}]";
    }
}

namespace PiCluster.Lab.Simulator.Disks;

/// <summary>The lsblk columns the lab knows, with how each prints in a table and in JSON (null, text, number or boolean).</summary>
public static class LsblkColumn
{
    public static readonly string[] Default = ["NAME", "MAJ:MIN", "RM", "SIZE", "RO", "TYPE", "MOUNTPOINTS"];

    public static readonly string[] Known =
        ["NAME", "KNAME", "PATH", "MAJ:MIN", "RM", "RO", "SIZE", "TYPE", "FSTYPE", "LABEL", "MODEL", "TRAN", "MOUNTPOINT", "MOUNTPOINTS"];

    /// <summary>Right-aligned in tables.</summary>
    public static bool AlignsRight(string column) => column is "MAJ:MIN" or "RM" or "RO" or "SIZE";

    /// <summary>The JSON value, already encoded; MOUNTPOINTS is an array and is written by LsblkJson itself.</summary>
    public static string Json(string column, LsblkRow row, bool bytes, bool paths) => column switch
    {
        "NAME" => Text(paths ? row.Path : row.Name),
        "KNAME" => Text(row.Name),
        "PATH" => Text(row.Path),
        "MAJ:MIN" => Text(row.MajMin),
        "RM" or "RO" => "false",
        "SIZE" => bytes ? row.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) : Text(SizeText.Human(row.Bytes)),
        "TYPE" => Text(row.Type),
        "FSTYPE" => Text(row.FsType),
        "LABEL" => Text(row.Label),
        "MODEL" => Text(row.Model),
        "TRAN" => Text(row.Transport),
        "MOUNTPOINT" => Text(row.MountPoints.Count > 0 ? row.MountPoints[0] : null),
        _ => "null",
    };

    public static string Cell(string column, LsblkRow row, bool bytes, bool paths)
    {
        if (column == "RM" || column == "RO")
            return "0";

        if (column == "MOUNTPOINTS")
            return string.Join("\n", row.MountPoints);

        var json = Json(column, row, bytes, paths);
        return json == "null" ? "" : json.Trim('"');
    }

    static string Text(string? value) => value is null ? "null" : $"\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"";
}

namespace PiCluster.Lab.Simulator.Hosting;

/// <summary>Reads /etc/group and /etc/passwd as seen by this process (inside a node: the node's own copies).</summary>
public static class GroupDatabase
{
    public static int? FindGid(string group)
    {
        foreach (var fields in Entries("/etc/group"))
        {
            if (fields.Length > 2 && fields[0] == group && int.TryParse(fields[2], out var gid))
                return gid;
        }

        return null;
    }

    public static string UserName(int uid)
    {
        foreach (var fields in Entries("/etc/passwd"))
        {
            if (fields.Length > 2 && int.TryParse(fields[2], out var id) && id == uid)
                return fields[0];
        }

        return Environment.GetEnvironmentVariable("USER") ?? $"uid{uid}";
    }

    static IEnumerable<string[]> Entries(string path) =>
        File.Exists(path) ? File.ReadLines(path).Select(line => line.Split(':')) : [];
}

namespace PiCluster.Lab.Simulator.Hosting;

/// <summary>Who runs the command, from /proc/self/status and the (node's own) /etc/passwd and /etc/group.</summary>
public sealed record Caller(int Uid, IReadOnlySet<int> Gids, string UserName)
{
    public bool IsRoot => Uid == 0;

    public bool IsInGroup(string group) =>
        GroupDatabase.FindGid(group) is { } gid && Gids.Contains(gid);

    public static Caller Current()
    {
        var uid = 0;
        var gids = new HashSet<int>();
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("Uid:", StringComparison.Ordinal))
                uid = int.Parse(Fields(line)[0]);
            else if (line.StartsWith("Gid:", StringComparison.Ordinal))
                gids.Add(int.Parse(Fields(line)[0]));
            else if (line.StartsWith("Groups:", StringComparison.Ordinal))
                gids.UnionWith(Fields(line).Select(int.Parse));
        }

        return new Caller(uid, gids, GroupDatabase.UserName(uid));
    }

    static string[] Fields(string line) =>
        line[(line.IndexOf(':') + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
}

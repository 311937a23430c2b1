namespace PiCluster.Facts;

/// <summary>The fields of /etc/os-release that decide whether a host is supported.</summary>
public sealed record OsRelease(string Id, string VersionId, string PrettyName)
{
    public static OsRelease Parse(string text)
    {
        var fields = text.Split('\n')
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .GroupBy(pair => pair[0].Trim())
            .ToDictionary(group => group.Key, group => group.Last()[1].Trim().Trim('"'));
        return new(fields.GetValueOrDefault("ID", ""), fields.GetValueOrDefault("VERSION_ID", ""), fields.GetValueOrDefault("PRETTY_NAME", ""));
    }
}

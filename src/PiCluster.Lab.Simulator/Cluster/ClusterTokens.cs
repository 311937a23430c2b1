namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>credentials/cluster-tokens.txt on the issuing node: `token` (single use) or `token|unix-expiry` lines.</summary>
public static class ClusterTokens
{
    public static void Add(NodeFiles files, string token, long ttlSeconds)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(files.Tokens)!);
        var line = ttlSeconds == -1 ? token : $"{token}|{DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ttlSeconds}";
        File.AppendAllText(files.Tokens, line + "\n");
    }

    /// <summary>The agent's first step: is the token known and unexpired? A single-use token is deleted right away,
    /// so any later failure of the join burns it (canonical/microk8s#4513).</summary>
    public static bool Consume(NodeFiles files, string token)
    {
        if (Lines(files.PersistentTokens).Contains(token))
            return true;

        var lines = Lines(files.Tokens);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var valid = false;
        var kept = new List<string>();
        foreach (var line in lines)
        {
            var parts = line.Split('|');
            var matches = parts[0] == token;
            if (matches && parts.Length == 1 && !valid)
            {
                valid = true;
                continue;
            }

            valid |= matches && parts.Length > 1 && long.TryParse(parts[1], out var expiry) && expiry > now;
            kept.Add(line);
        }

        if (valid && kept.Count != lines.Count)
            File.WriteAllText(files.Tokens, string.Concat(kept.Select(l => l + "\n")));

        return valid;
    }

    /// <summary>Burns a single-use token without validating anything else (a server-side fault was injected).</summary>
    public static void Burn(NodeFiles files, string token) => Consume(files, token);

    static List<string> Lines(string path) =>
        File.Exists(path) ? File.ReadAllLines(path).Where(l => l.Length > 0).ToList() : [];
}

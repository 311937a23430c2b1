using PiCluster.Ssh.Keys;

namespace PiCluster.Ssh.KnownHosts;

/// <summary>Reads the lines of a known_hosts file (sshd(8), SSH_KNOWN_HOSTS FILE FORMAT); comments, blank and malformed lines are skipped, as ssh does.</summary>
static class KnownHostsFile
{
    public static IReadOnlyList<KnownHostEntry> Parse(string file, string text)
    {
        var entries = new List<KnownHostEntry>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var entry = ParseLine(file, i + 1, lines[i]);
            if (entry is not null)
                entries.Add(entry);
        }
        return entries;
    }

    static KnownHostEntry? ParseLine(string file, int line, string text)
    {
        var fields = text.Trim().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 0 || fields[0].StartsWith('#'))
            return null;
        var marker = fields[0] switch
        {
            "@revoked" => KnownHostMarker.Revoked,
            "@cert-authority" => KnownHostMarker.CertAuthority,
            _ => KnownHostMarker.None,
        };
        var rest = marker == KnownHostMarker.None ? fields : fields[1..];
        if (rest.Length < 3 || rest[0].StartsWith('@'))
            return null;
        var key = PublicKey.ParseOpenSsh($"{rest[1]} {rest[2]}");
        return key is null ? null : new KnownHostEntry(file, line, marker, rest[0], key);
    }
}

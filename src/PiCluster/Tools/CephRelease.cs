namespace PiCluster.Tools;

/// <summary>Ceph's releases in order, as MicroCeph names its tracks, and the major version each ships (`19.2.1+snap…` is squid).</summary>
public static class CephRelease
{
    static readonly (string Track, int Major)[] Releases = [("quincy", 17), ("reef", 18), ("squid", 19), ("tentacle", 20)];

    /// <summary>Where a track stands in the order; null for `latest` and tracks this list does not know.</summary>
    public static int? OrderOf(string track) => Array.FindIndex(Releases, r => r.Track == track) is var i and >= 0 ? i : null;

    /// <summary>Where the release a snap version belongs to stands in the order; null for a version of no known release.</summary>
    public static int? OrderOfVersion(string version) =>
        int.TryParse(new string(version.TakeWhile(char.IsAsciiDigit).ToArray()), out var major) && Array.FindIndex(Releases, r => r.Major == major) is var i and >= 0 ? i : null;

    public static string TrackAt(int order) => Releases[order].Track;

    public static string Known => string.Join(", ", Releases.Select(r => r.Track));
}

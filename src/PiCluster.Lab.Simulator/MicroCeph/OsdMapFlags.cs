namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>The OSD map's flags as Ceph names and orders them (OSDMap::get_flag_string): the ones `ceph osd set` takes
/// here, and the four a squid cluster always carries.</summary>
public static class OsdMapFlags
{
    /// <summary>Name and CEPH_OSDMAP_* bit, in the order Ceph prints them.</summary>
    static readonly (string Name, long Bit)[] Known =
    [
        ("noup", 1 << 5), ("nodown", 1 << 6), ("noout", 1 << 7), ("noin", 1 << 8), ("nobackfill", 1 << 9),
        ("norebalance", 1 << 14), ("norecover", 1 << 10), ("noscrub", 1 << 11), ("nodeep-scrub", 1 << 12),
        ("sortbitwise", 1 << 15), ("recovery_deletes", 1 << 19), ("purged_snapdirs", 1 << 20), ("pglog_hardlimit", 1 << 22),
    ];

    public static readonly IReadOnlyList<string> Always = ["sortbitwise", "recovery_deletes", "purged_snapdirs", "pglog_hardlimit"];

    /// <summary>What `ceph osd set|unset` accepts (MonCommands.h, squid).</summary>
    public const string Choices = "full|pause|noup|nodown|noout|noin|nobackfill|norebalance|norecover|noscrub|nodeep-scrub|notieragent|nosnaptrim|pglog_hardlimit|noautoscale";

    public static bool Settable(string flag) => Known.Any(k => k.Name == flag) && !Always.Contains(flag);

    /// <summary>"noout,norebalance": the given flags in Ceph's order.</summary>
    public static string Describe(IEnumerable<string> flags)
    {
        var set = flags.ToHashSet();
        return string.Join(',', Known.Where(k => set.Contains(k.Name)).Select(k => k.Name));
    }

    public static long Number(IEnumerable<string> flags)
    {
        var set = flags.ToHashSet();
        return Known.Where(k => set.Contains(k.Name)).Sum(k => k.Bit);
    }
}

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>The Ceph inside a microceph build: its snap version starts with the Ceph version ("19.2.0+snap9aeaeb2970"), and
/// Ceph names itself "ceph version 19.2.0 (16063ff…) squid (stable)" after the upstream release commit.</summary>
public static class CephRelease
{
    static readonly Dictionary<string, string> Commits = new()
    {
        ["17.2.7"] = "b12291d110049b2f35e32e0de30d70e9a4c060d2",
        ["18.2.4"] = "e7ad5345525c7aa95470c26863873b581076945d",
        ["19.2.0"] = "16063ff2022298c9300e49a547a16ffda59baf13",
        ["19.2.1"] = "9efac4a81335940925dd17dbf407bfd6d3860d28",
        ["19.2.3"] = "c92aebb279828e9c3c1f5d24613efca272649e62",
        ["20.2.0"] = "69f84cc2651aa259a15bc192ddaabd3baba07489",
    };

    public static string Number(string snapVersion) => snapVersion.Split('+')[0];

    public static string Codename(string snapVersion) => Number(snapVersion).Split('.')[0] switch
    {
        "17" => "quincy",
        "18" => "reef",
        "19" => "squid",
        "20" => "tentacle",
        _ => "unknown",
    };

    public static string Describe(string snapVersion)
    {
        var number = Number(snapVersion);
        return $"ceph version {number} ({Commits.GetValueOrDefault(number, new string('0', 40))}) {Codename(snapVersion)} (stable)";
    }
}

namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>The simulated store: microk8s tracks 1.28…1.35 + latest (= 1.34) and the microceph tracks.</summary>
public static class SnapCatalogue
{
    public static readonly SnapDefinition MicroK8s = new(
        "microk8s", "EaXqgt1lyCaxKaQCU349mlodBkDCXRcg", "Kubernetes for workstations and appliances",
        "https://github.com/canonical/microk8s", "Apache-2.0", Classic: true,
        [
            new("latest", "v1.34.1", 8492, "2025-10-14", "184MB"),
            new("1.35", "v1.35.0", 8596, "2025-12-18", "186MB"),
            new("1.34", "v1.34.1", 8492, "2025-10-14", "184MB"),
            new("1.33", "v1.33.5", 8507, "2025-10-14", "177MB"),
            new("1.32", "v1.32.9", 8511, "2025-10-14", "172MB"),
            new("1.31", "v1.31.13", 8463, "2025-09-30", "170MB"),
            new("1.30", "v1.30.14", 8216, "2025-06-19", "168MB"),
            new("1.29", "v1.29.15", 7989, "2025-03-20", "166MB"),
            new("1.28", "v1.28.15", 7397, "2024-11-05", "163MB"),
        ],
        "MicroK8s is a small, fast, secure, certified Kubernetes distribution that\n"
        + "installs on just about any Linux box. It provides the functionality of core\n"
        + "Kubernetes components, in a small footprint, scalable from a single node to\n"
        + "a high-availability production multi-node cluster.");

    /// <summary>microceph as this lab's store serves it: squid/* and latest/* serve the squid build the lab was given
    /// (`lab up --microceph-revision`), by default one whose `cluster list` has no `-f`.</summary>
    public static SnapDefinition MicroCeph(LabSettings settings)
    {
        var squid = MicroCephBuild.ServedSquid(settings.MicroCephRevision);
        MicroCephBuild Track(string track) => MicroCephBuild.Known.First(b => b.Track == track);
        return new(
            "microceph", "ct1DgtIGBaljdOwomQGMLr8EJcL5pOP1", "Simple clustered Ceph deployment",
            "https://matrix.to/#/#ubuntu-ceph:matrix.org", "AGPL-3.0", Classic: false,
            [Release("latest", squid), Release("tentacle", Track("tentacle")), Release("squid", squid), Release("reef", Track("reef")), Release("quincy", Track("quincy"))],
            "MicroCeph is snap-deployed Ceph with built-in clustering.");
    }

    public static SnapDefinition? Find(string name, LabSettings settings) =>
        name switch
        {
            "microk8s" => MicroK8s,
            "microceph" => MicroCeph(settings),
            _ => null,
        };

    /// <summary>Whatever revision a snap has, whichever build the store serves now.</summary>
    public static SnapRelease? Release(string name, int revision) =>
        name == "microceph"
            ? MicroCephBuild.Find(revision) is { } build ? Release(build.Track, build) : null
            : MicroK8s.Releases.FirstOrDefault(r => r.Revision == revision);

    static SnapRelease Release(string track, MicroCephBuild build) => new(track, build.Version, build.Revision, build.Date, build.Size);
}

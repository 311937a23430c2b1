namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>A Deployment the lab runs: its current ReplicaSet's pod-template hash, replicas, and the addon it comes with.</summary>
public sealed record Deployment(string Namespace, string Name, string Hash, int Replicas, bool EmptyDir = false, string? Addon = null)
{
    /// <summary>calico and coredns as MicroK8s deploys them, plus two ordinary workloads so that a drain has something to
    /// move: `web` (covered by the PodDisruptionBudget default/web) and `cache` (an emptyDir volume).</summary>
    public static readonly IReadOnlyList<Deployment> All =
    [
        new("kube-system", "calico-kube-controllers", "759cd8b574", 1),
        new("kube-system", "coredns", "7896dbf49", 1, Addon: "dns"),
        new("default", "web", "5d9c7b6f8", 2),
        new("default", "cache", "6b8f9d7c4d", 1, EmptyDir: true),
    ];

    public string ReplicaSet => $"{Name}-{Hash}";

    public bool SystemPod => Namespace == "kube-system";
}

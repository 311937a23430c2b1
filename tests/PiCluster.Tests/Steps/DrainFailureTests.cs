using PiCluster.Steps;

namespace PiCluster.Tests.Steps;

public sealed class DrainFailureTests
{
    const string Refusal = "Cannot evict pod as it would violate the pod's disruption budget.";
    const string State = "pi-02 stays cordoned on 1.33/stable, nothing else was changed";

    /// <summary>kubectl 1.33's drain of pi-02 with --timeout=300s while a PodDisruptionBudget refuses the eviction (day-2 §2.5).</summary>
    static readonly string Blocked =
        "node/pi-02 cordoned\nevicting pod default/web-5d9c7b6f8-x62xn\nevicting pod default/web-5d9c7b6f8-x62xn\n"
        + "Warning: ignoring DaemonSet-managed Pods: kube-system/calico-node-x7k2p\n"
        + $"error when evicting pods/\"web-5d9c7b6f8-x62xn\" -n \"default\" (will retry after 5s): {Refusal}\n"
        + "There are pending pods in node \"pi-02\" when an error occurred: error when evicting pods/\"web-5d9c7b6f8-x62xn\" -n \"default\": global timeout reached: 5m0s\n"
        + "pod/web-5d9c7b6f8-x62xn\n"
        + "error: unable to drain node \"pi-02\" due to error: error when evicting pods/\"web-5d9c7b6f8-x62xn\" -n \"default\": global timeout reached: 5m0s, continuing command...\n"
        + "There are pending nodes to be drained:\n pi-02\nerror when evicting pods/\"web-5d9c7b6f8-x62xn\" -n \"default\": global timeout reached: 5m0s\n";

    [Fact]
    public void A_budget_blocked_drain_names_its_pod_once_and_the_budget()
    {
        Assert.Equal(["default/web-5d9c7b6f8-x62xn"], DrainFailure.BlockedPods(Blocked));
        Assert.Equal("drain of pi-02 did not finish within 300 s: evicting default/web-5d9c7b6f8-x62xn would break its PodDisruptionBudget "
            + $"(`microk8s kubectl get pdb -A`); {State}: let the budget allow it (another replica, or a looser budget) and re-run `picluster upgrade`, "
            + "or give up on pi-02 with `microk8s kubectl uncordon pi-02`", DrainFailure.Explain("pi-02", Blocked, TimeSpan.FromSeconds(300), State));
    }

    [Fact]
    public void A_drain_refused_before_evicting_quotes_kubectl()
    {
        const string refused = "node/pi-02 cordoned\nerror: unable to drain node \"pi-02\" due to error: cannot delete Pods that declare no controller "
            + "(use --force to override): default/mypod, continuing command...\nThere are pending nodes to be drained:\n pi-02\n";

        Assert.Equal("drain of pi-02 failed: error: unable to drain node \"pi-02\" due to error: cannot delete Pods that declare no controller (use --force "
            + $"to override): default/mypod, continuing command...; {State}", DrainFailure.Explain("pi-02", refused, TimeSpan.FromSeconds(300), State));
    }
}

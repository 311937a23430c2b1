using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

/// <summary>Addons are Kubernetes objects: each one the inventory asks for that the issuer does not list enabled is enabled
/// once, on the issuer, for the whole cluster.</summary>
public static class AddonPhase
{
    public static void Plan(ClusterPlanning plan)
    {
        if (plan.Cluster.Issuer is not { } issuer) return;
        var enabled = issuer.MicroK8s?.Addons.Where(a => a.Enabled).ToList() ?? [];
        foreach (var addon in plan.Hosts.SelectMany(h => h.Spec.Addons).DistinctBy(a => a.ShortName))
            if (!enabled.Any(a => addon.Matches(a.Name, a.Repository))) plan.Add(new EnableAddon(issuer.Name, addon));
    }
}

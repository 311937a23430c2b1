using PiCluster.Spec;
using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

/// <summary>Every control plane's API certificate must list picluster_api_address, or kubectl refuses the server by that name.
/// Adding it restarts that node's API server, so the steps are cluster steps: one control plane at a time, after the joins
/// (a joining node makes a certificate of its own).</summary>
public static class ApiAddressPhase
{
    public static void Plan(ClusterPlanning plan)
    {
        foreach (var host in plan.Hosts.Where(h => h.Selected && h.Facts is not null && !h.Spec.Absent && h.Spec.Role == MicroK8sRole.ControlPlane && h.Spec.ApiAddress is not null))
        {
            var address = host.Spec.ApiAddress!;
            if (host.MicroK8s is { Role: MicroK8sRole.Worker }) continue;
            if (host.MicroK8s is { Running: true, ApiCertificate: null })
            {
                plan.Warn($"{host.Name}: its API certificate could not be read (`openssl` missing?), so whether it lists {address} is not known");
                continue;
            }
            if (host.MicroK8s?.ApiCertificate?.Covers(address) != true) plan.Add(new AddApiAddress(host.Name, address, host.Spec.ReadyTimeout));
        }
    }
}

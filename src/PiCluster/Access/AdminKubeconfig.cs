using PiCluster.Remote;
using PiCluster.Run;
using PiCluster.Tools;

namespace PiCluster.Access;

/// <summary>`microk8s config` as a Ready control plane prints it.</summary>
public static class AdminKubeconfig
{
    public static async Task<AdminConfig> ReadAsync(ReadyControlPlane controlPlane, CancellationToken ct)
    {
        var host = controlPlane.Host;
        var config = await host.QueryAsync(MicroK8s.Config, TimeSpan.FromSeconds(60), ct);
        if (!config.Succeeded)
            throw new RemoteException(RemoteFailure.CommandFailed, $"{host.Name}: `{MicroK8s.Config}` failed (exit {config.ExitCode}): {config.FirstErrorLine}");
        return new(host.Name, config.StdOut, controlPlane.ClusterName, controlPlane.ApiAddress);
    }
}

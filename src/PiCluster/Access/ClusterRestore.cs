using PiCluster.Remote;
using PiCluster.Run;
using PiCluster.Tools;

namespace PiCluster.Access;

/// <summary>`restore`: the archive sent to a Ready control plane and given to `microk8s dbctl restore`, which creates or overwrites
/// each key it holds in the live datastore (keys made since the backup stay); the copy on the Pi is removed afterwards.</summary>
public static class ClusterRestore
{
    static readonly TimeSpan DbctlTimeout = TimeSpan.FromMinutes(30);

    public static async Task RestoreAsync(ReadyControlPlane controlPlane, BackupArchive archive, CancellationToken ct)
    {
        var host = controlPlane.Host;
        var onPi = $"/var/tmp/picluster-restore-{Guid.NewGuid():N}.tar.gz";
        try
        {
            await RemoteTransfer.UploadAsync(host, archive.Path, onPi, ct);
            var restored = await host.ChangeAsync(MicroK8s.Restore(onPi), DbctlTimeout, ct);
            if (!restored.Succeeded)
            {
                var said = restored.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
                    ?? restored.StdOut.Trim();
                throw new RemoteException(RemoteFailure.CommandFailed, $"`microk8s dbctl restore` on {host.Name} failed (exit {restored.ExitCode}): {said}");
            }
        }
        finally
        {
            await host.ChangeAsync($"rm -f {ShellQuote.Word(onPi)} {ShellQuote.Word(onPi + ".part")}", TimeSpan.FromSeconds(30), CancellationToken.None);
        }
    }
}

using System.Globalization;
using PiCluster.Remote;
using PiCluster.Run;
using PiCluster.Tools;

namespace PiCluster.Access;

/// <summary>`backup`: `microk8s dbctl backup` on a Ready control plane, the archive brought to this machine and checked, the copy
/// on the Pi removed, and only the newest backups of the cluster kept.</summary>
public static class ClusterBackup
{
    static readonly TimeSpan DbctlTimeout = TimeSpan.FromMinutes(30);

    public static async Task<BackupResult> TakeAsync(ReadyControlPlane controlPlane, string folder, int keep, DateTimeOffset now, CancellationToken ct)
    {
        var host = controlPlane.Host;
        var name = $"{controlPlane.ClusterName}-{now.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture)}";
        var onPi = $"/var/tmp/picluster-{name}";
        var local = Path.Combine(Path.GetFullPath(folder), name + ".tar.gz");
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        try
        {
            var made = await host.ChangeAsync(MicroK8s.Backup(onPi), DbctlTimeout, ct);
            if (!made.Succeeded)
                throw new RemoteException(RemoteFailure.CommandFailed, $"`microk8s dbctl backup` on {host.Name} failed (exit {made.ExitCode}): {LastWords(made)}");
            await RemoteTransfer.DownloadAsync(host, onPi + ".tar.gz", local, ct);
        }
        finally
        {
            await host.ChangeAsync($"rm -f {ShellQuote.Word(onPi + ".tar.gz")}", TimeSpan.FromSeconds(30), CancellationToken.None);
        }
        var archive = BackupArchive.Read(local);
        if (archive.Keys == 0)
        {
            File.Delete(local);
            throw new RemoteException(RemoteFailure.CommandFailed, $"`microk8s dbctl backup` on {host.Name} wrote an archive without a single key ({archive.Bytes} bytes; "
                + "a known MicroK8s fault, canonical/microk8s#4259); it was not kept: try another control plane with --limit, or `sudo snap restart microk8s` there");
        }
        return new(archive, host.Name, Prune(Path.GetDirectoryName(local)!, controlPlane.ClusterName, keep));
    }

    /// <summary>The cluster's backups in the folder beyond the newest <paramref name="keep"/>, deleted; others' files are left alone.</summary>
    static List<string> Prune(string folder, string cluster, int keep)
    {
        var old = Directory.GetFiles(folder, $"{cluster}-*.tar.gz").Where(f => BackupName(Path.GetFileName(f), cluster))
            .OrderByDescending(Path.GetFileName, StringComparer.Ordinal).Skip(keep).ToList();
        foreach (var file in old) File.Delete(file);
        return old;
    }

    static bool BackupName(string file, string cluster) =>
        DateTime.TryParseExact(file[(cluster.Length + 1)..^".tar.gz".Length], "yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>dbctl prints its failure last on stdout ("Backup process failed. 1"), else on stderr.</summary>
    static string LastWords(CommandResult result) =>
        result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? result.FirstErrorLine;
}

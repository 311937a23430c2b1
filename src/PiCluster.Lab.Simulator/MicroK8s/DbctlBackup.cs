using System.Globalization;
using System.Text;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`dbctl backup [-o FILE]`: every datastore key as N.key + N.data in NAME/ of NAME.tar.gz, in the caller's working directory.</summary>
public static class DbctlBackup
{
    public static int Run(Migrator migrator, string? file, Output output)
    {
        var now = DateTimeOffset.Now;
        var fname = string.IsNullOrEmpty(file) ? "backup-" + now.ToString("yyyy-MM-dd-HH-mm-ss", CultureInfo.InvariantCulture) : file;
        if (fname.EndsWith(".tar.gz", StringComparison.Ordinal))
            fname = fname[..^7];
        var name = Path.GetFileName(fname);

        migrator.Start("backup-dqlite", fname);
        var view = migrator.Context.View();
        if (!view.DatastoreUp)
        {
            migrator.Log.Fatal("failed to backup dqlite", "failed to list keys from dqlite: context deadline exceeded");
            return output.Say("Backup process failed. 1", 1);
        }

        // canonical/microk8s#4259, #4308: since 1.27 a backup can come out with no keys at all (a 213-byte tarball).
        var keys = migrator.Context.FaultIs("dbctl-empty") ? [] : DatastoreKeys.Read(view).ToList();
        for (var i = 0; i < keys.Count; i++)
            migrator.Log.Info("writing key", ("index", i), ("key", keys[i].Key), ("len", keys[i].Value.Length));

        BackupArchive.Write(
            Path.GetFullPath(fname + ".tar.gz"), name, [.. keys.Select(k => Encoding.UTF8.GetBytes(k.Key))], [.. keys.Select(k => k.Value)],
            migrator.Context.Invocation.Caller, now);
        return output.Say($"The backup is: {fname}.tar.gz", 0);
    }
}

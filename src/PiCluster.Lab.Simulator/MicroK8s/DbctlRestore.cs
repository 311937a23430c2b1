using System.Text;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`dbctl restore FILE.tar.gz`: extract, then create or overwrite each key N of NAME/ in the live datastore until N.key is
/// missing. Keys not in the backup stay; a key that cannot be written is only logged.</summary>
public static class DbctlRestore
{
    public static int Run(Migrator migrator, string file, DbctlTraceback traceback, Output output)
    {
        if (BackupReader.Read(Path.GetFullPath(file), file, traceback, out var failure) is not { } files)
            return output.Fail(failure!);

        var name = Path.GetFileName(file.EndsWith(".tar.gz", StringComparison.Ordinal) ? file[..^7] : file);
        migrator.Start("restore-to-dqlite", name);
        List<(string Key, byte[] Value)> entries = [];
        for (var index = 0; files.TryGetValue($"{name}/{index}.key", out var key); index++)
        {
            if (!files.TryGetValue($"{name}/{index}.data", out var value))
            {
                migrator.Log.Fatal("failed to restore to etcd",
                    $"failed to read value file: open {migrator.DbDir(name)}/{index}.data: no such file or directory");
                return output.Say("Restore process failed. 1", 3);
            }

            entries.Add((Encoding.UTF8.GetString(key), value));
        }

        var written = migrator.Context.Store.Update(state =>
        {
            var view = new ClusterView(migrator.Context.Invocation, state);
            if (!view.DatastoreUp)
                return false;

            foreach (var (key, value) in entries)
                view.Cluster!.Restored[key] = Convert.ToBase64String(value);
            return true;
        });

        for (var index = 0; index < entries.Count; index++)
        {
            migrator.Log.Debug("restore key", ("index", index), ("key", entries[index].Key));
            if (!written)
                migrator.Log.Error("failed to restore key", ("index", index), ("key", entries[index].Key));
        }

        migrator.Log.Info("completed database restore", ("entries", entries.Count));
        return 0;
    }
}

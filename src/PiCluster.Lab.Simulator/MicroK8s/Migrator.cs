namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>One run of `$SNAP/bin/k8s-dqlite migrator --endpoint unix://$SNAP_DATA/…/kine.sock:12379 --db-dir TMP/NAME`, as dbctl.py
/// starts it: its db-dir lies in a fresh `tempfile.TemporaryDirectory()`.</summary>
public sealed class Migrator(MicroK8sContext context, int revision, MigratorLog log)
{
    public MicroK8sContext Context => context;

    public MigratorLog Log => log;

    public string Endpoint => $"unix:///var/snap/microk8s/{revision}/var/kubernetes/backend/kine.sock:12379";

    public string DbDir(string name) => $"{TempDir}/{name}";

    string TempDir { get; } = "/tmp/tmp" + new string(Random.Shared.GetItems("abcdefghijklmnopqrstuvwxyz0123456789_".AsSpan(), 8));

    public void Start(string mode, string name) =>
        log.Info("starting migrator", ("dir", DbDir(name)), ("endpoint", Endpoint), ("mode", mode));
}

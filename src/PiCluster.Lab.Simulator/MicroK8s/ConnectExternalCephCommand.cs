using PiCluster.Lab.Simulator.MicroCeph;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s connect-external-ceph [--ceph-conf F --keyring F] [--rbd-pool P] [--no-rbd-pool-auto-create] [--namespace N]`:
/// finds MicroCeph's conf on this node, makes the RBD pool and StorageClass ceph-rbd; re-runs say what already exists.</summary>
public static class ConnectExternalCephCommand
{
    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var confPath = flags.Value("--ceph-conf");
        var keyringPath = flags.Value("--keyring");
        var pool = flags.Value("--rbd-pool") ?? "microk8s-rbd0";
        var autoCreate = !flags.Has("--no-rbd-pool-auto-create");
        var ns = flags.Value("--namespace") ?? "rook-ceph-external";
        if (!context.View().ApiUp)
            return output.Fail("microk8s is not running, try microk8s start");

        var microCeph = new MicroCephContext(context.Invocation);
        if (confPath is null)
        {
            output.Line("Looking for MicroCeph on the host");
            if (!File.Exists(microCeph.Files.CephConf) || !File.Exists(microCeph.Files.Keyring))
                return output.Fail("MicroCeph was not found on this host; pass --ceph-conf and --keyring of the Ceph cluster to connect to");

            output.Line("Detected existing MicroCeph installation");
        }

        output.Line("Attempting to connect to Ceph cluster");
        var fsid = Fsid(confPath is null ? microCeph.Files.CephConf : confPath);
        var cluster = fsid is null ? null : microCeph.Store.Read().Clusters.GetValueOrDefault(fsid);
        var health = cluster is null ? null : CephHealth.Assess(microCeph, cluster);
        if (health is not { HasQuorum: true } || keyringPath is not null && !File.Exists(keyringPath))
            return output.Fail(CephHealth.NoQuorum);

        output.Line($"Successfully connected to {fsid} ({context.Self.Address}:0/{Random.Shared.Next(1_000_000_000, int.MaxValue)})");
        var poolExisted = microCeph.Store.Update(state =>
        {
            var pools = state.Clusters[fsid!].Pools;
            var existed = pools.Contains(pool);
            if (!existed && autoCreate)
                pools.Add(pool);

            return existed;
        });
        output.Line(poolExisted ? $"WARNING: Pool {pool} already exists" : $"Creating pool {pool} in Ceph cluster");
        output.Lines([$"Configuring pool {pool} for RBD", $"Successfully configured pool {pool} for RBD", $"Creating namespace {ns}",
            "Configuring Ceph CSI secrets", "Successfully configured Ceph CSI secrets", "Importing Ceph CSI secrets into MicroK8s"]);
        var classExisted = context.Store.Update(state =>
        {
            var k8s = state.ClusterOf(context.Node)!;
            var existed = k8s.CephRbdCreated is not null;
            k8s.CephRbdCreated ??= DateTimeOffset.UtcNow;
            return existed;
        });
        output.Line(classExisted ? "storageclass ceph-rbd already exists" : "storageclass.storage.k8s.io/ceph-rbd created");
        output.Lines(["Importing external Ceph cluster", "", "=================================================", "",
            "Successfully imported external Ceph cluster. You can now use the following storageclass",
            "to provision PersistentVolumes using Ceph CSI:", ""]);
        var view = context.View();
        output.Lines(StorageClasses.Table(view, [.. StorageClasses.All(view).Where(c => c.Name == "ceph-rbd")]));
        return 0;
    }

    static string? Fsid(string conf) =>
        File.Exists(conf)
            ? File.ReadLines(conf).Select(l => l.Split('=', 2)).FirstOrDefault(p => p.Length == 2 && p[0].Trim() == "fsid")?[1].Trim()
            : null;
}

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>MicroCeph's files on one node, at the real paths below /var/snap/microceph (through the lab's host paths).</summary>
public sealed class MicroCephFiles(LabPaths paths, string node)
{
    public string SnapDir => Path.Combine(paths.Snap(node), "microceph");

    public string DataDir => Path.Combine(paths.VarSnap(node), "microceph");

    public string Common => Path.Combine(DataDir, "common");

    public string Conf => Path.Combine(DataDir, "current", "conf");

    public string CephConf => Path.Combine(Conf, "ceph.conf");

    public string Keyring => Path.Combine(Conf, "ceph.keyring");

    /// <summary>The daemon's API socket: present while the daemon runs (a plain file here).</summary>
    public string ControlSocket => Path.Combine(Common, "state", "control.socket");

    public const string ControlSocketPath = "/var/snap/microceph/common/state/control.socket";

    public string LoopFile(int osd) => Path.Combine(Common, "data", "osd", $"ceph-{osd}", "osd-backing.img");

    public static string LoopPath(int osd) => $"/var/snap/microceph/common/data/osd/ceph-{osd}/osd-backing.img";

    public bool DaemonRunning => File.Exists(ControlSocket);

    /// <summary>What bootstrap and join leave for Ceph clients such as connect-external-ceph.</summary>
    public void WriteConf(CephClusterRecord cluster)
    {
        Directory.CreateDirectory(Conf);
        var mons = string.Join(",", cluster.Members.Where(m => m.Services.Contains("mon")).Select(m => m.Ip));
        File.WriteAllText(CephConf, $"[global]\nrun dir = /var/snap/microceph/{Revision()}/run\nauth allow insecure global id reclaim = false\n"
            + $"public addr = {cluster.Members.FirstOrDefault(m => m.Node == node)?.Ip}\nms bind ipv4 = true\nms bind ipv6 = false\n\n"
            + $"fsid = {cluster.Fsid}\nmon host = {mons}\n");
        File.WriteAllText(Keyring, $"[client.admin]\n\tkey = {Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(cluster.Fsid))[..40]}\n");
    }

    string Revision() => new FileInfo(Path.Combine(DataDir, "current")).LinkTarget ?? "current";
}

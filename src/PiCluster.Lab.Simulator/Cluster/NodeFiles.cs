using System.Text;

namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>MicroK8s's files on one node, at the real paths below /var/snap/microk8s and /snap (through the lab's host paths).</summary>
public sealed class NodeFiles(LabPaths paths, string node)
{
    public string SnapDir => Path.Combine(paths.Snap(node), "microk8s");

    public string DataDir => Path.Combine(paths.VarSnap(node), "microk8s");

    public string Current => Path.Combine(DataDir, "current");

    public string Common => Path.Combine(DataDir, "common");

    public string SnapBin => Path.Combine(paths.Snap(node), "bin");

    public string Lock(string name) => Path.Combine(Current, "var", "lock", name);

    public string Tokens => Path.Combine(Current, "credentials", "cluster-tokens.txt");

    public string PersistentTokens => Path.Combine(Current, "credentials", "persistent-cluster-tokens.txt");

    public string ClientConfig => Path.Combine(Current, "credentials", "client.config");

    public string Credentials => Path.Combine(Current, "credentials");

    public string Certs => Path.Combine(Current, "certs");

    public string Cert(string name) => Path.Combine(Certs, name);

    public string CsrTemplate => Cert("csr.conf.template");

    public string CsrConf => Cert("csr.conf");

    public string CsrRendered => Cert("csr.conf.rendered");

    public string CaCert => Cert("ca.crt");

    public string CaKey => Cert("ca.key");

    public string ServerCert => Cert("server.crt");

    public string ServerKey => Cert("server.key");

    /// <summary>refresh_certs.py's backup_dir, "$SNAP_DATA/certs-backup/": below the revision's own data folder.</summary>
    public string CertsBackup(int revision) => Path.Combine(DataDir, revision.ToString(), "certs-backup");

    public string Backend => Path.Combine(Current, "var", "kubernetes", "backend");

    /// <summary>k8s-dqlite's socket: there while the node's datastore service runs (control planes only).</summary>
    public string KineSocket => Path.Combine(Backend, "kine.sock:12379");

    public string DefaultStorage => Path.Combine(Common, "default-storage");

    public string Plugin(string name) => Path.Combine(Common, "plugins", name);

    public bool Installed => Directory.Exists(Current);

    public void Sync(NodeRecord record, ClusterRecord? cluster)
    {
        if (!Installed)
            return;

        SetLock("stopped.lock", record.Stopped);
        SetLock("clustered.lock", record.Worker);
        SetLock("no-k8s-dqlite", record.Worker);
        SetLock("no-cert-reissue", record.Clustered);
        SetLock("ha-cluster", true);
        SetLock("join-in-progress", record.Joining);
        SetSocket(cluster is not null && !record.Worker && !record.Stopped && !record.Broken);
        if (cluster is not null && !record.Worker)
        {
            Directory.CreateDirectory(Backend);
            WriteIfChanged(Path.Combine(Backend, "cluster.yaml"), ClusterYaml(cluster.Dqlite));
            if (cluster.Dqlite.FirstOrDefault(m => m.Node == node) is { } self)
            {
                WriteIfChanged(Path.Combine(Backend, "info.yaml"), $"Address: {self.Address}\nID: {self.Id}\nRole: {self.Role}\n");
            }
        }
    }

    public static void WriteIfChanged(string path, string text)
    {
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    void SetLock(string name, bool present)
    {
        var path = Lock(name);
        if (present && !File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
        }
        else if (!present && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    void SetSocket(bool present)
    {
        if (present && !File.Exists(KineSocket))
        {
            Directory.CreateDirectory(Backend);
            UnixSocketFile.Create(KineSocket);
        }
        else if (!present && File.Exists(KineSocket))
        {
            File.Delete(KineSocket);
        }
    }

    static string ClusterYaml(IEnumerable<DqliteMember> members)
    {
        var yaml = new StringBuilder();
        foreach (var member in members)
        {
            yaml.Append($"- Address: {member.Address}\n  ID: {member.Id}\n  Role: {member.Role}\n");
        }

        return yaml.ToString();
    }
}

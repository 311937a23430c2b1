using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PiCluster.Lab.Simulator.Certs;

/// <summary>certs/ca.crt and ca.key: made per node at install, shared by a cluster because joiners take the one of the node
/// they join (join.py's store_cert("ca.crt"/"ca.key"); a worker gets ca.crt only, store_remote_ca).</summary>
public static class ClusterCa
{
    public const int Days = 3650;

    public static void Create(NodeFiles files)
    {
        using var key = CertFiles.CreateKey(files.CaKey);
        using var ca = CertFiles.SelfSignedCa("10.152.183.1", key, Days);
        CertFiles.Write(files.CaCert, ca);
    }

    public static (X509Certificate2 Certificate, RSA Key) Load(NodeFiles files) =>
        (CertFiles.Load(files.CaCert), CertFiles.LoadKey(files.CaKey));

    public static void Adopt(NodeFiles joiner, NodeFiles target, bool worker)
    {
        File.Copy(target.CaCert, joiner.CaCert, overwrite: true);
        if (!worker)
        {
            File.Copy(target.CaKey, joiner.CaKey, overwrite: true);
            File.SetUnixFileMode(joiner.CaKey, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}

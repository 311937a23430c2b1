namespace PiCluster.Lab.Simulator.Certs;

/// <summary>The certificates a node starts from after install or leave: its csr.conf.template (kept if it exists, as the
/// configure hook does), a new CA, the server certificate and the front proxy's.</summary>
public static class NodeCerts
{
    public static void Produce(NodeFiles files, string address)
    {
        Directory.CreateDirectory(files.Certs);
        if (!File.Exists(files.CsrTemplate))
            File.WriteAllText(files.CsrTemplate, CsrTemplate.Text);

        ClusterCa.Create(files);
        ServerCert.Renew(files, address);
        FrontProxyCert.Create(files);
    }
}

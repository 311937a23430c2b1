using System.Security.Cryptography.X509Certificates;

namespace PiCluster.Lab.Simulator.Certs;

/// <summary>certs/front-proxy-ca.crt and front-proxy-client.crt (CN front-proxy-client), the aggregation layer's client
/// certificate; per node, never shared by a join.</summary>
public static class FrontProxyCert
{
    public const string Client = "front-proxy-client.crt";

    public static void Create(NodeFiles files)
    {
        using var key = CertFiles.CreateKey(files.Cert("front-proxy-ca.key"));
        using var ca = CertFiles.SelfSignedCa("front-proxy-ca", key, ClusterCa.Days);
        CertFiles.Write(files.Cert("front-proxy-ca.crt"), ca);
        Renew(files);
    }

    /// <summary>gen_proxy_client_cert: a new client certificate for the existing key, signed by front-proxy-ca.</summary>
    public static void Renew(NodeFiles files)
    {
        using var ca = CertFiles.Load(files.Cert("front-proxy-ca.crt"));
        using var caKey = CertFiles.LoadKey(files.Cert("front-proxy-ca.key"));
        using var key = CertFiles.LoadOrCreateKey(files.Cert("front-proxy-client.key"));
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName("front-proxy-client");
        using var certificate = CertFiles.Sign(CertFiles.Request(subject.Build(), key), ca, caKey, ServerCert.Days);
        CertFiles.Write(files.Cert(Client), certificate);
    }
}

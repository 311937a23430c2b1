using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PiCluster.Lab.Simulator.Certs;

/// <summary>certs/server.crt: the API server's certificate, signed by the node's ca.crt with the SANs of csr.conf; the join
/// check is the SHA-256 of its DER.</summary>
public static class ServerCert
{
    public const int Days = 365;

    /// <summary>refresh_csr_conf then gen_server_cert: csr.conf from the node's own template and addresses, a new certificate
    /// for the existing server.key. Returns the rendered configuration.</summary>
    public static CsrConf Renew(NodeFiles files, string address)
    {
        var rendered = CsrTemplate.Render(File.ReadAllText(files.CsrTemplate), [address]);
        File.WriteAllText(files.CsrRendered, rendered);
        File.WriteAllText(files.CsrConf, rendered);
        var conf = CsrConf.Parse(rendered);
        var (ca, caKey) = ClusterCa.Load(files);
        using (ca)
        using (caKey)
        using (var key = CertFiles.LoadOrCreateKey(files.ServerKey))
        {
            var request = CertFiles.Request(conf.Subject(), key);
            request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, true));
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, critical: false));
            request.CertificateExtensions.Add(new X509KeyUsageExtension(
                X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment | X509KeyUsageFlags.DigitalSignature, critical: false));
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
                [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], critical: false));
            request.CertificateExtensions.Add(conf.SubjectAlternativeNames());
            using var certificate = CertFiles.Sign(request, ca, caKey, Days);
            CertFiles.Write(files.ServerCert, certificate);
        }

        return conf;
    }

    public static string Fingerprint(NodeFiles files)
    {
        var pem = File.ReadAllLines(files.ServerCert).Where(l => !l.StartsWith("-----", StringComparison.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(string.Concat(pem))));
    }

    /// <summary>`utils.sh server_cert_check`: the first 12 hex characters.</summary>
    public static string Check(NodeFiles files) => Fingerprint(files)[..12];
}

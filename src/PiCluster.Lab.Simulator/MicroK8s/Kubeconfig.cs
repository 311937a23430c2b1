using System.Security.Cryptography;
using System.Text;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The admin kubeconfig (client-x509.config.template) with stable fake certificate data per cluster.</summary>
public static class Kubeconfig
{
    public static string Render(string server, string caSeed) =>
        $"""
        apiVersion: v1
        clusters:
        - cluster:
            certificate-authority-data: {Pem(caSeed, "ca", "CERTIFICATE")}
            server: https://{server}:16443
          name: microk8s-cluster
        contexts:
        - context:
            cluster: microk8s-cluster
            user: admin
          name: microk8s
        current-context: microk8s
        kind: Config
        preferences: {"{}"}
        users:
        - name: admin
          user:
            client-certificate-data: {Pem(caSeed, "admin", "CERTIFICATE")}
            client-key-data: {Pem(caSeed, "admin-key", "PRIVATE KEY")}

        """;

    /// <summary>base64 of a PEM block whose body is derived from the cluster's seed, so it is stable per cluster.</summary>
    static string Pem(string seed, string purpose, string label)
    {
        var bytes = new List<byte>();
        for (var i = 0; bytes.Count < 600; i++)
        {
            bytes.AddRange(SHA256.HashData(Encoding.UTF8.GetBytes($"{seed}/{purpose}/{i}")));
        }

        var body = Convert.ToBase64String([.. bytes], Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n");
        var pem = $"-----BEGIN {label}-----\n{body}\n-----END {label}-----\n";
        return Convert.ToBase64String(Encoding.ASCII.GetBytes(pem));
    }
}

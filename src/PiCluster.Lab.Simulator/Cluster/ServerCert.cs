using System.Security.Cryptography;

namespace PiCluster.Lab.Simulator.Cluster;

/// <summary>certs/server.crt: random DER bytes in PEM armour, made once per install; the join check is its SHA-256.</summary>
public static class ServerCert
{
    public static void Create(NodeFiles files)
    {
        var der = RandomNumberGenerator.GetBytes(850);
        var body = Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n");
        Directory.CreateDirectory(Path.GetDirectoryName(files.ServerCert)!);
        File.WriteAllText(files.ServerCert, $"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----\n");
    }

    public static string Fingerprint(NodeFiles files)
    {
        var pem = File.ReadAllLines(files.ServerCert).Where(l => !l.StartsWith("-----", StringComparison.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(string.Concat(pem))));
    }

    /// <summary>`utils.sh server_cert_check`: the first 12 hex characters.</summary>
    public static string Check(NodeFiles files) => Fingerprint(files)[..12];
}

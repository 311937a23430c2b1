using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PiCluster.Lab.Simulator.Certs;

/// <summary>PEM keys and certificates on disk, and signing them the way `openssl x509 -req -CA … -days N` does.</summary>
public static class CertFiles
{
    public static X509Certificate2 Load(string path) => X509Certificate2.CreateFromPem(File.ReadAllText(path));

    public static RSA LoadKey(string path)
    {
        var key = RSA.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return key;
    }

    /// <summary>`openssl genrsa -out KEY 2048`, only when the key is missing: MicroK8s keeps a node's keys across re-issues.</summary>
    public static RSA LoadOrCreateKey(string path) => File.Exists(path) ? LoadKey(path) : CreateKey(path);

    public static RSA CreateKey(string path)
    {
        var key = RSA.Create(2048);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem() + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }

    public static void Write(string path, X509Certificate2 certificate)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, certificate.ExportCertificatePem() + "\n");
    }

    public static CertificateRequest Request(X500DistinguishedName subject, RSA key) =>
        new(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>Valid from now for DAYS days, with a random positive 20-byte serial (-CAcreateserial).</summary>
    public static X509Certificate2 Sign(CertificateRequest request, X509Certificate2 issuer, RSA issuerKey, int days)
    {
        var serial = RandomNumberGenerator.GetBytes(20);
        serial[0] = (byte)((serial[0] & 0x7F) | 0x40);
        var now = DateTimeOffset.UtcNow;
        var generator = X509SignatureGenerator.CreateForRSA(issuerKey, RSASignaturePadding.Pkcs1);
        return request.Create(issuer.SubjectName, generator, now, now.AddDays(days), serial);
    }

    /// <summary>`openssl req -x509 -new -sha256 -nodes -days DAYS -key KEY -subj /CN=NAME`, with OpenSSL's v3_ca extensions.</summary>
    public static X509Certificate2 SelfSignedCa(string commonName, RSA key, int days)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(commonName);
        var request = Request(subject.Build(), key);
        var keyId = new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false);
        request.CertificateExtensions.Add(keyId);
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromSubjectKeyIdentifier(keyId));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, critical: true));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now, now.AddDays(days));
    }
}

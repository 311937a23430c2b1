using PiCluster.Facts;

namespace PiCluster.Tests.Facts;

public sealed class ApiCertificateTests
{
    // `openssl x509 -in server.crt -noout -ext subjectAltName` (OpenSSL 3) on a control plane whose template lists DNS.6.
    const string Output = """
        X509v3 Subject Alternative Name: 
            DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster, DNS:kubernetes.default.svc.cluster.local, IP Address:127.0.0.1, IP Address:10.152.183.1, DNS:cluster.home.arpa, IP Address:192.168.1.11, IP Address:FD00:0:0:0:0:0:0:11

        """;

    [Fact]
    public void Reads_the_names_and_addresses()
    {
        var certificate = ApiCertificate.Parse(Output)!;

        Assert.Equal(["kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster", "kubernetes.default.svc.cluster.local", "cluster.home.arpa"],
            certificate.Names);
        Assert.Equal(["127.0.0.1", "10.152.183.1", "192.168.1.11", "fd00::11"], certificate.Addresses);
    }

    [Theory]
    [InlineData("cluster.home.arpa", true)]
    [InlineData("CLUSTER.home.arpa.", true)]
    [InlineData("192.168.1.11", true)]
    [InlineData("fd00::11", true)]
    [InlineData("192.168.1.50", false)]
    [InlineData("home.arpa", false)]
    public void Covers_a_name_or_address_by_what_it_is(string address, bool covered) =>
        Assert.Equal(covered, ApiCertificate.Parse(Output)!.Covers(address));

    [Fact]
    public void No_output_is_no_certificate() => Assert.Null(ApiCertificate.Parse(""));
}

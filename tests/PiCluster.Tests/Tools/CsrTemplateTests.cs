using PiCluster.Tools;

namespace PiCluster.Tests.Tools;

public sealed class CsrTemplateTests
{
    // MicroK8s' microk8s-resources/certs/csr.conf.template, the [ alt_names ] part and what surrounds it.
    const string Template = """
        [ req_ext ]
        subjectAltName = @alt_names

        [ alt_names ]
        DNS.1 = kubernetes
        DNS.2 = kubernetes.default
        DNS.3 = kubernetes.default.svc
        DNS.4 = kubernetes.default.svc.cluster
        DNS.5 = kubernetes.default.svc.cluster.local
        IP.1 = 127.0.0.1
        IP.2 = 10.152.183.1
        #MOREIPS

        [ v3_ext ]

        """;

    [Fact]
    public void A_name_becomes_the_next_dns_entry_above_moreips() =>
        Assert.Equal(Template.Replace("#MOREIPS", "DNS.6 = cluster.home.arpa\n#MOREIPS"), CsrTemplate.WithAltName(Template, "cluster.home.arpa"));

    [Fact]
    public void An_address_becomes_the_next_ip_entry_so_microk8s_numbers_the_hosts_own_after_it() =>
        Assert.Equal(Template.Replace("#MOREIPS", "IP.3 = 192.168.1.50\n#MOREIPS"), CsrTemplate.WithAltName(Template, "192.168.1.50"));

    [Theory]
    [InlineData("Cluster.Home.Arpa")]
    [InlineData("cluster.home.arpa")]
    public void A_name_the_template_lists_already_in_any_case_leaves_it_as_it_is(string address)
    {
        var once = CsrTemplate.WithAltName(Template, "cluster.home.arpa")!;

        Assert.Same(once, CsrTemplate.WithAltName(once, address));
    }

    [Fact]
    public void An_address_listed_in_another_spelling_is_the_same_address()
    {
        var once = CsrTemplate.WithAltName(Template, "fd00:0:0:0:0:0:0:50")!;

        Assert.Same(once, CsrTemplate.WithAltName(once, "fd00::50"));
    }

    [Fact]
    public void A_template_without_moreips_cannot_take_it() =>
        Assert.Null(CsrTemplate.WithAltName(Template.Replace("#MOREIPS\n", ""), "cluster.home.arpa"));
}

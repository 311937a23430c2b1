using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

public sealed class AddApiAddressTests
{
    const string Template = "[ alt_names ]\nDNS.5 = kubernetes.default.svc.cluster.local\nIP.1 = 127.0.0.1\nIP.2 = 10.152.183.1\n#MOREIPS\n";
    const string Names = "X509v3 Subject Alternative Name: \n    DNS:kubernetes, IP Address:127.0.0.1, DNS:cluster.home.arpa, IP Address:10.0.0.11\n";

    readonly FakePis pis = new();
    readonly AddApiAddress step = new("pi-01", "cluster.home.arpa", TimeSpan.FromSeconds(300));

    [Fact]
    public async Task Adds_the_name_to_the_template_refreshes_the_certificate_and_waits_for_the_api()
    {
        // Given
        pis["pi-01"].On("cat /var/snap/microk8s/current/certs/csr.conf.template", FakeShell.Ok(Template)).On("openssl x509", FakeShell.Ok(Names));

        // When
        var result = await pis.ApplyAsync(step, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        var commands = pis["pi-01"].AsRoot;
        Assert.Equal("cat /var/snap/microk8s/current/certs/csr.conf.template", commands[0]);
        Assert.Contains("csr.conf.template.picluster.new", commands[1]);
        Assert.Equal(Template.Replace("#MOREIPS", "DNS.6 = cluster.home.arpa\n#MOREIPS"), pis["pi-01"].Received[1].Stdin);
        Assert.Equal(["/snap/bin/microk8s refresh-certs --cert server.crt", "/snap/bin/microk8s status --wait-ready --timeout 300",
            "openssl x509 -in /var/snap/microk8s/current/certs/server.crt -noout -ext subjectAltName"], commands.Skip(2));
    }

    [Fact]
    public async Task A_template_that_lists_the_name_already_is_not_written_again()
    {
        pis["pi-01"].On("cat ", FakeShell.Ok(Template.Replace("#MOREIPS", "DNS.6 = cluster.home.arpa\n#MOREIPS"))).On("openssl x509", FakeShell.Ok(Names));

        await pis.ApplyAsync(step, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(pis["pi-01"].AsRoot, c => c.Contains(".picluster.new", StringComparison.Ordinal));
        Assert.Contains("/snap/bin/microk8s refresh-certs --cert server.crt", pis["pi-01"].AsRoot);
    }

    [Fact]
    public async Task A_certificate_still_without_the_name_fails_the_step_saying_what_it_lists()
    {
        pis["pi-01"].On("cat ", FakeShell.Ok(Template)).On("openssl x509", FakeShell.Ok(Names.Replace("DNS:cluster.home.arpa, ", "")));

        var e = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(step, TestContext.Current.CancellationToken));

        Assert.Equal("the new API certificate of pi-01 still lacks cluster.home.arpa (`openssl x509 -in /var/snap/microk8s/current/certs/server.crt -noout -ext subjectAltName`: "
            + "DNS:kubernetes, IP Address:127.0.0.1, IP Address:10.0.0.11)", e.Message);
    }

    [Fact]
    public async Task A_failed_refresh_names_the_command_and_microk8s_own_words()
    {
        pis["pi-01"].On("cat ", FakeShell.Ok(Template)).On("refresh-certs", new PiCluster.Remote.CommandResult(20, "Failed to produce new certificates. Reverting.\n", ""));

        var e = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(step, TestContext.Current.CancellationToken));

        Assert.Equal("refresh-certs --cert server.crt on pi-01 failed (exit 20): Failed to produce new certificates. Reverting.", e.Message);
    }
}

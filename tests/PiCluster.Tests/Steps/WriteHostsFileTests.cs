using PiCluster.Remote;
using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

public sealed class WriteHostsFileTests
{
    const string Hosts = "127.0.0.1 localhost\n::1 ip6-localhost ip6-loopback\n10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n";

    readonly FakePis pis = new();

    static WriteHostsFile Write() => new("pi-01", Hosts, ["pi-01", "pi-02"]);

    [Fact]
    public async Task Sends_the_content_on_stdin_to_the_checked_write_keeping_a_backup()
    {
        // When
        var result = await pis.ApplyAsync(Write(), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal([(Sudo.WithoutPassword(RemoteFile.ReplaceCommand("/etc/hosts", Hosts, backup: true)), Hosts)], pis["pi-01"].Received);
        Assert.Contains("cp -p /etc/hosts /etc/hosts.picluster.bak", Assert.Single(pis["pi-01"].AsRoot), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_that_arrives_changed_fails_leaving_the_file_as_it_was()
    {
        // Given
        pis["pi-01"].On("/etc/hosts", FakeShell.Fails(1, "/etc/hosts: what arrived differs from what was sent, so the file was left as it was\n"));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Write(), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("writing /etc/hosts on pi-01 failed (exit 1): /etc/hosts: what arrived differs from what was sent, so the file was left as it was", failure.Message);
    }
}

using PiCluster.Remote;
using PiCluster.Tests.Fakes;
using PiCluster.Tests.Planning;

namespace PiCluster.Tests.Remote;

/// <summary>Transfers through the real command lines, run by this machine's sh with a sudo that just runs the command.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class RemoteTransferTests : IDisposable
{
    readonly TempDir dir = new();
    readonly RemoteHost host;

    public RemoteTransferTests()
    {
        var sudo = dir.Write("sudo", "#!/bin/sh\nwhile [ \"$1\" != -- ]; do shift; done; shift; exec \"$@\"\n");
        File.SetUnixFileMode(sudo, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        host = new RemoteHost(FactsBuilder.Host("pi-01", null).Target, new LocalConnector(dir.Path), _ => { });
    }

    [Fact]
    public async Task A_file_of_several_chunks_arrives_whole_both_ways()
    {
        // Given 20 MiB and a bit: three chunks of 8 MiB, the last one short
        var original = new byte[(20 << 20) + 12345];
        Random.Shared.NextBytes(original);
        var onPi = Path.Combine(dir.Path, "on-pi.tar.gz");
        await File.WriteAllBytesAsync(onPi, original, TestContext.Current.CancellationToken);
        var here = Path.Combine(dir.Path, "here.tar.gz");
        var back = Path.Combine(dir.Path, "back.tar.gz");

        // When
        await RemoteTransfer.DownloadAsync(host, onPi, here, TestContext.Current.CancellationToken);
        await RemoteTransfer.UploadAsync(host, here, back, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(original, await File.ReadAllBytesAsync(here, TestContext.Current.CancellationToken));
        Assert.Equal(original, await File.ReadAllBytesAsync(back, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(here + ".part"));
        Assert.False(File.Exists(back + ".part"));
    }

    [Fact]
    public async Task A_missing_file_fails_naming_it_and_leaves_nothing_here()
    {
        var here = Path.Combine(dir.Path, "here.tar.gz");

        var e = await Assert.ThrowsAsync<RemoteException>(() => RemoteTransfer.DownloadAsync(host, "/var/tmp/nope.tar.gz", here, TestContext.Current.CancellationToken));

        Assert.StartsWith("reading /var/tmp/nope.tar.gz on pi-01 failed (exit 1): stat: cannot stat", e.Message);
        Assert.Empty(Directory.GetFiles(dir.Path, "here*"));
    }

    public void Dispose()
    {
        host.DisposeAsync().AsTask().Wait();
        dir.Dispose();
    }

    sealed class LocalConnector(string sudoFolder) : IRemoteConnector
    {
        public Task<IRemoteShell> ConnectAsync(HostConnection host, CancellationToken ct) => Task.FromResult<IRemoteShell>(new LocalShell(sudoFolder));
    }
}

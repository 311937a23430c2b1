using PiCluster.Ssh.Keys;
using PiCluster.Ssh.KnownHosts;

namespace PiCluster.Tests.Ssh;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class KnownHostsWriterTests : IDisposable
{
    readonly string home = Directory.CreateTempSubdirectory("picluster-known-").FullName;

    static PublicKey Key(string name) =>
        PublicKey.ParseOpenSsh(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "known_hosts", name + ".pub")))!;

    [Fact]
    public void Creates_a_private_ssh_folder_and_file_in_OpenSSH_form()
    {
        var file = Path.Combine(home, ".ssh", "known_hosts");

        KnownHostsWriter.Append(file, HostPatterns.HostName("192.168.1.12", 2222), Key("host_ed25519"));
        KnownHostsWriter.Append(file, HostPatterns.HostName("192.168.1.11", 22), Key("host_rsa"));

        Assert.Equal($"[192.168.1.12]:2222 {Key("host_ed25519").OpenSshText}\n192.168.1.11 {Key("host_rsa").OpenSshText}\n", File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
    }

    [Fact]
    public void Writes_each_host_once_when_trusted_in_parallel()
    {
        var file = Path.Combine(home, "known_hosts");
        File.WriteAllText(file, "# no newline at the end");

        Parallel.For(0, 40, i => KnownHostsWriter.Append(file, $"10.0.0.{i % 20}", Key("host_ed25519")));

        var lines = File.ReadAllLines(file);
        Assert.Equal(21, lines.Length);
        Assert.Equal(20, lines.Skip(1).Distinct().Count());
    }

    public void Dispose() => Directory.Delete(home, recursive: true);
}

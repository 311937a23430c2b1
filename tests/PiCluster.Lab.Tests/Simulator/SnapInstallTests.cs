namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`snap install` and `snap list` as the reference (§1.1, §1.2) describes them, seen over plain ssh.</summary>
public sealed class SnapInstallTests
{
    const string ClassicError =
        "error: This revision of snap \"microk8s\" was published using classic confinement and thus may\n" +
        "perform arbitrary system changes outside of the security sandbox that snaps are\n" +
        "usually confined to, which may put your system at risk.\n" +
        "\n" +
        "If you understand and want to proceed repeat the command including --classic.\n";

    [Fact]
    public async Task Installing_prints_the_done_line_with_the_channel()
    {
        await using var lab = await TestLab.StartAsync(1);

        var install = await lab.SshAsync("pi-01", ClusterSetup.Install);

        Assert.Equal((0, "microk8s (1.32/stable) v1.32.9 from Canonical** installed\n", ""), (install.ExitCode, install.StdOut, install.StdErr));
    }

    [Fact]
    public async Task Installing_an_installed_snap_again_says_so_on_stderr_and_exits_0()
    {
        await using var lab = await TestLab.StartAsync(1);
        await lab.SshOkAsync("pi-01", ClusterSetup.Install);

        var again = await lab.SshAsync("pi-01", "sudo snap install microk8s --classic --channel=1.32/stable");

        Assert.Equal((0, "", "snap \"microk8s\" is already installed, see 'snap help refresh'\n"), (again.ExitCode, again.StdOut, again.StdErr));
    }

    [Fact]
    public async Task Installing_an_installed_snap_from_another_channel_leaves_the_tracked_channel_alone()
    {
        await using var lab = await TestLab.StartAsync(1);
        await lab.SshOkAsync("pi-01", ClusterSetup.Install);

        var other = await lab.SshAsync("pi-01", "sudo snap install microk8s --classic --channel=1.33/stable");
        var list = await lab.SshOkAsync("pi-01", "snap list microk8s");

        Assert.Equal((0, "snap \"microk8s\" is already installed, see 'snap help refresh'\n"), (other.ExitCode, other.StdErr));
        Assert.Equal(
            "Name      Version  Rev   Tracking     Publisher    Notes\n" +
            "microk8s  v1.32.9  8511  1.32/stable  canonical**  classic\n",
            list);
    }

    [Fact]
    public async Task Installing_the_classic_microk8s_without_the_classic_flag_fails_with_the_confinement_warning()
    {
        await using var lab = await TestLab.StartAsync(1);

        var install = await lab.SshAsync("pi-01", "sudo snap install microk8s --channel=1.32/stable");
        var list = await lab.SshAsync("pi-01", "snap list microk8s");

        Assert.Equal((1, "", ClassicError), (install.ExitCode, install.StdOut, install.StdErr));
        Assert.Equal(1, list.ExitCode);
    }

    [Fact]
    public async Task Listing_a_snap_that_is_not_installed_fails_on_stderr()
    {
        await using var lab = await TestLab.StartAsync(1);

        var list = await lab.SshAsync("pi-01", "snap list microk8s");

        Assert.Equal((1, "", "error: no matching snaps installed\n"), (list.ExitCode, list.StdOut, list.StdErr));
    }

    [Fact]
    public async Task Listing_all_snaps_when_none_is_installed_says_so_on_stderr_and_exits_0()
    {
        await using var lab = await TestLab.StartAsync(1);

        var list = await lab.SshAsync("pi-01", "snap list");

        // The reference does not give this text; it is snapd's (cmd_list.go) "No snaps are installed yet." message.
        Assert.Equal((0, ""), (list.ExitCode, list.StdOut));
        Assert.Equal("No snaps are installed yet. Try 'snap install hello-world'.\n", list.StdErr);
    }
}

using System.Diagnostics;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`up` on a bad day: a Pi that hangs, another run on the same Pis, a Pi that goes down while others work.</summary>
public sealed class UpFaultTests
{
    [Fact]
    public async Task A_pi_that_hangs_during_a_long_command_fails_alone_and_soon()
    {
        // Given installs that take a while, and pi-02 hanging once its install runs
        await using var lab = await TestLab.StartAsync(2, "--snap-install-ms", "12000");
        var clock = Stopwatch.StartNew();
        var run = lab.UpAsync(lab.Inventory);
        await Poll.UntilAsync(() => lab.SshCommands("pi-02").Any(c => c.Contains("snap install microk8s", StringComparison.Ordinal)));
        await lab.LabAsync("pause-node", "pi-02");

        // When
        var up = await run;

        // Then pi-02 fails within about half a minute of hanging; pi-01 is done
        Assert.Equal(2, up.ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"took {clock.Elapsed}");
        Assert.Contains(("pi-02", "FAILED", "install microk8s 1.35/stable"), up.Applied);
        Assert.Contains("pi-02 (", up.Result.StdOut);
        Assert.Contains("stopped answering on an open connection", up.Result.StdOut);
        Assert.Equal((0, 0), (up.Recap["pi-01"].Failed, up.Recap["pi-01"].Skipped));
        await lab.LabAsync("resume-node", "pi-02");
    }

    [Fact]
    public async Task A_second_run_on_the_same_pis_is_refused_naming_the_first_and_the_first_finishes()
    {
        // Given a run that is installing
        await using var lab = await TestLab.StartAsync(2, "--snap-install-ms", "8000");
        var first = lab.UpAsync(lab.Inventory);
        await Poll.UntilAsync(() => lab.SshCommands("pi-01").Any(c => c.Contains("snap install microk8s", StringComparison.Ordinal)));

        // When
        var second = await lab.UpAsync(lab.Inventory);
        var done = await first;

        // Then
        Assert.Equal(2, second.ExitCode);
        Assert.Matches(@"pi-01 is being changed by another run \(picluster up by \S+ on \S+, pid \d+, since [0-9:]+\)", second.Result.StdOut);
        Assert.True(done.ExitCode == 0, done.ToString());
        Assert.Equal("gone\n", await lab.SshOkAsync("pi-01", "test -e /run/lock/picluster.lock || echo gone"));
    }

    [Fact]
    public async Task A_pi_that_goes_down_while_another_pi_joins_makes_up_fail_though_every_step_succeeded()
    {
        // Given
        await using var lab = await TestLab.StartAsync(3, "--join-ms", "4000");
        var run = lab.UpAsync(lab.Inventory);
        await Poll.UntilAsync(() => lab.SshCommands("pi-03").Any(c => c.Contains("microk8s join", StringComparison.Ordinal)));

        // When
        await lab.LabAsync("stop-node", "pi-02");
        var up = await run;

        // Then
        Assert.Equal(2, up.ExitCode);
        Assert.DoesNotContain(up.Applied, a => a.Status == "FAILED");
        Assert.Contains("pi-02 does not answer at the end of the run: ", up.Result.StdOut);
        Assert.Contains("Cluster: 2 of 3 nodes Ready", up.Result.StdOut);
    }
}

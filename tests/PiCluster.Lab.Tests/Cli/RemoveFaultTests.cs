using System.Diagnostics;
using System.Text.Json;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>A removal cut off halfway converges with one re-run: picluster killed while Ceph moves the data, or the Pi that goes
/// switched off while it drains.</summary>
public sealed class RemoveFaultTests
{
    const string Ssd = "/dev/disk/by-id/usb-CT250MX500SSD1-0:0";
    static readonly string[] Pis = ["pi-01", "pi-02", "pi-03", "pi-04"];

    [Fact]
    public async Task Picluster_killed_while_an_osds_data_moves_leaves_a_removal_one_re_run_finishes()
    {
        // Given: four storage Pis, pi-04 a worker marked absent, data that takes a while to move
        await using var lab = await TestLab.StartAsync(4, [.. Pis.SelectMany(pi => new[] { "--disk", $"{pi}:usb-CT250MX500SSD1:250G" })]);
        foreach (var pi in Pis) await lab.HostVarsAsync(pi, $"microceph_disks: [\"{Ssd}\"]\n{(pi == "pi-04" ? "picluster_role: worker\n" : "")}");
        Assert.Equal(0, (await lab.UpAsync(lab.Inventory)).ExitCode);
        await lab.HostVarsAsync("pi-04", $"microceph_disks: [\"{Ssd}\"]\npicluster_role: worker\npicluster_state: absent\n");
        await lab.LabAsync("delays", "--rebalance-ms", "8000");
        Directory.CreateDirectory(lab.Home);

        // When: killed (no chance to clean up) while `microceph disk remove` waits, then run again
        using var up = Process.Start(Repo.Interruptible(["up", "-i", lab.Inventory], lab.Home))!;
        _ = up.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = up.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var removing = $"--lab {lab.Dir} --node pi-04 microceph disk remove";
        await Poll.UntilAsync(() => ProcessResult.RunAsync("pgrep", ["-f", "--", removing]).Result.ExitCode == 0);
        up.Kill(entireProcessTree: true);
        await up.WaitForExitAsync(TestContext.Current.CancellationToken);
        // The Pis' watchdogs end the run's commands within a few seconds of its connections' end, and with them its locks.
        await Poll.UntilAsync(() => ProcessResult.RunAsync("pgrep", ["-f", "--", $"--lab {lab.Dir} --node pi-0[0-9] (microceph|microk8s|snap) "]).Result.ExitCode != 0);
        await lab.LabAsync("delays", "--rebalance-ms", "1000");
        var again = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(again.ExitCode == 0, again.ToString());
        using var disks = JsonDocument.Parse(await lab.SshOkAsync("pi-01", "sudo microceph disk list --json"));
        Assert.Equal(["pi-01", "pi-02", "pi-03"], disks.RootElement.GetProperty("ConfiguredDisks").EnumerateArray().Select(d => d.GetProperty("location").GetString()).Order());
        Assert.Equal("HEALTH_OK", (await lab.SshOkAsync("pi-01", "sudo ceph health")).Trim());
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02"), lab.Node("pi-03")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.NotEqual(0, (await lab.SshAsync("pi-04", "snap list microceph")).ExitCode);
    }

    [Fact]
    public async Task The_pi_that_goes_switched_off_while_it_drains_is_removed_from_the_others_side_by_one_re_run()
    {
        // Given: three control planes and a worker marked absent whose drain takes a while
        await using var lab = await TestLab.StartAsync(4);
        await lab.HostVarsAsync("pi-04", "picluster_role: worker\n");
        Assert.Equal(0, (await lab.UpAsync(lab.Inventory)).ExitCode);
        await lab.HostVarsAsync("pi-04", "picluster_role: worker\npicluster_state: absent\n");
        await lab.LabAsync("delays", "--drain-ms", "6000");

        // When: pi-04 goes off during its drain, then up runs again
        var first = lab.UpAsync(lab.Inventory);
        await Poll.UntilAsync(() => lab.SimCalls("pi-01").Any(c => c.StartsWith("microk8s kubectl drain pi-04", StringComparison.Ordinal)));
        await lab.LabAsync("stop-node", "pi-04");
        var cut = await first;
        var again = await lab.UpAsync(lab.Inventory);

        // Then
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains(again.AppliedSteps("pi-04"), s => s.StartsWith("changed microk8s remove-node pi-04 --force on pi-01", StringComparison.Ordinal));
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02"), lab.Node("pi-03")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.True(cut.ExitCode == 2, cut.ToString());
    }
}

using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>The simulator's own record of the calls it served, DIR/nodes/NAME/sim-calls.log.</summary>
public sealed class SimCallLogTests
{
    [Fact]
    public async Task Records_one_line_per_simulated_call_with_its_argv_user_and_exit()
    {
        await using var lab = await TestLab.StartAsync(1);

        await lab.SshAsync("pi-01", "snap list microk8s");
        await lab.SshOkAsync("pi-01", ClusterSetup.Install);
        await lab.SshOkAsync("pi-01", "hostname");
        await lab.SshOkAsync("pi-01", "sudo microk8s version");

        var calls = File.ReadAllLines(lab.NodeFile("pi-01", "sim-calls.log")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(
            [("snap list microk8s", 1000, 1), ("snap install microk8s --classic --channel=1.32/stable", 0, 0), ("microk8s version", 0, 0)],
            calls.Select(c => (string.Join(' ', c.GetProperty("argv").EnumerateArray().Select(a => a.GetString())),
                c.GetProperty("uid").GetInt32(), c.GetProperty("exit").GetInt32())));
    }
}

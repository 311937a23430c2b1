using System.Diagnostics;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster up` stopped halfway by Ctrl-C, and what a run leaves in its output and log: never a join token.</summary>
public sealed class UpInterruptTests
{
    [Fact]
    public async Task Ctrl_c_during_the_install_stops_up_and_the_next_up_finishes_the_cluster()
    {
        // Given: installs that take long enough to be interrupted
        await using var lab = await TestLab.StartAsync(2, "--snap-install-ms", "8000");
        Directory.CreateDirectory(lab.Home);
        using var up = Process.Start(Repo.Interruptible(["up", "-i", lab.Inventory], lab.Home))!;
        var stdout = up.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = up.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await Poll.UntilAsync(() => lab.SimCalls("pi-01").Any(c => c.StartsWith("snap install microk8s", StringComparison.Ordinal)));

        // When
        await ProcessResult.RunAsync("kill", ["-INT", up.Id.ToString()]);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await up.WaitForExitAsync(patience.Token);
        var joinedWhileInterrupted = lab.SimCalls("pi-02").Any(c => c.StartsWith("microk8s join", StringComparison.Ordinal));
        await lab.LabAsync("delays", "--snap-install-ms", "0");
        var again = await lab.UpAsync(lab.Inventory);

        // Then
        var interrupted = await stdout;
        Assert.True(up.ExitCode == 130, $"exit {up.ExitCode}\n{interrupted}\n{await stderr}");
        Assert.Contains("pi-01: interrupted (Ctrl-C)", interrupted);
        Assert.Contains("Interrupted: the steps above that ended were done, the others were not run.", interrupted);
        Assert.Contains("Log: ", await stderr);
        Assert.False(joinedWhileInterrupted);
        Assert.False(await RemoteInstallRunsAsync(lab), "the snap install of the interrupted run still runs on a Pi");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal([lab.Node("pi-01"), lab.Node("pi-02")], (await lab.NodesAsync("pi-01")).OrderBy(n => n.Name));
        Assert.Equal("pi-02", (await lab.SshOkAsync("pi-02", "hostname")).Trim());
    }

    [Fact]
    public async Task Join_tokens_appear_in_no_output_and_no_run_log()
    {
        // Given
        await using var lab = await TestLab.StartAsync(2);

        // When
        var up = await lab.UpAsync(lab.Inventory, "-o", "json");

        // Then
        Assert.True(up.ExitCode == 0, up.ToString());
        var addNode = Assert.Single(lab.SimCalls("pi-01"), c => c.StartsWith("microk8s add-node", StringComparison.Ordinal));
        var token = addNode.Split(' ')[3];
        Assert.Matches("^[0-9a-f]{32}$", token);
        Assert.Contains(lab.SimCalls("pi-02"), c => c.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(token, up.Result.StdOut + up.Result.StdErr, StringComparison.Ordinal);
        var logs = Directory.GetFiles(Path.Combine(lab.Home, ".local", "state", "picluster", "logs"));
        Assert.NotEmpty(logs);
        Assert.All(logs, log => Assert.DoesNotContain(token, File.ReadAllText(log), StringComparison.Ordinal));
        Assert.Contains(logs, log => File.ReadAllText(log).Contains("add-node --token ********", StringComparison.Ordinal));
    }

    /// <summary>Whether a simulated `snap install` of this lab is still running, after giving the Pis' watchdogs a few seconds.</summary>
    static async Task<bool> RemoteInstallRunsAsync(TestLab lab)
    {
        for (var i = 0; i < 50; i++)
        {
            var pgrep = await ProcessResult.RunAsync("pgrep", ["-f", "--", $"--lab {lab.Dir} --node pi-0[0-9] snap install"]);
            if (pgrep.ExitCode != 0) return false;
            await Task.Delay(100);
        }
        return true;
    }
}

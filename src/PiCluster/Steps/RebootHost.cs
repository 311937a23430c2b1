using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>Reboots so the cmdline flags take effect, waits for a new boot id, and checks the memory cgroup came on.</summary>
public sealed record RebootHost(string Host, string BootId, TimeSpan Limit) : HostStep(Host)
{
    const string ReadBootId = "cat /proc/sys/kernel/random/boot_id";
    const string MemoryCgroupOn = "grep -qw memory /sys/fs/cgroup/cgroup.controllers";

    public override string Describe() => $"reboot for the memory cgroup, wait for the Pi to come back (up to {Limit.TotalSeconds:0} s) and check the cgroup is on";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var host = context[Host];
        try
        {
            // A signal's code (128 and up) or none is the shutdown ending the session; below that, reboot itself failed.
            var result = await host.ChangeAsync("reboot", TimeSpan.FromSeconds(15), ct);
            if (result.ExitCode is > 0 and < 128) throw new StepException(host.Failed("rebooting", result));
        }
        catch (RemoteException e) when (e.Reason is RemoteFailure.Disconnected or RemoteFailure.Timeout)
        {
            // The Pi may drop the session before reboot returns: that is the reboot starting.
        }
        await host.DisconnectAsync();
        if (!await context.WaitUntilAsync(token => BootedAgainAsync(host, token), Limit, ct))
            throw new StepException($"{Host} did not come back within {Limit.TotalSeconds:0} s of its reboot: check its power and network, then re-run (picluster_reboot_timeout sets the wait)");
        if (!(await host.QueryAsync(MemoryCgroupOn, TimeSpan.FromSeconds(30), ct)).Succeeded)
            throw new StepException($"{Host} rebooted but the memory cgroup is still off: check that {AddCgroupFlags.Path} holds cgroup_enable=memory cgroup_memory=1 on its one line");
        return StepResult.Done;
    }

    async Task<bool> BootedAgainAsync(RemoteHost host, CancellationToken ct)
    {
        try
        {
            var id = await host.QueryAsync(ReadBootId, TimeSpan.FromSeconds(10), ct);
            return id.Succeeded && id.StdOut.Trim() is { Length: > 0 } now && now != BootId;
        }
        catch (RemoteException)
        {
            await host.DisconnectAsync();
            return false;
        }
    }
}

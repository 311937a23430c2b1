namespace PiCluster.Steps;

/// <summary>A Pi has no real-time clock: until NTP answers its time is off, and certificates and tokens depend on it.</summary>
public sealed record WaitForTimeSync(string Host, TimeSpan Limit) : HostStep(Host)
{
    public override bool Changes => false;

    public override string Describe() => $"wait up to {Limit.TotalSeconds:0} s for the clock to synchronise (timedatectl says it is not)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var host = context[Host];
        var synced = await context.WaitUntilAsync(
            async token => (await host.QueryAsync("timedatectl show -p NTPSynchronized --value", TimeSpan.FromSeconds(30), token)).StdOut.Trim() == "yes",
            Limit, ct);
        return synced ? StepResult.Unchanged
            : new(false, $"warning: the clock of {Host} is still not synchronised after {Limit.TotalSeconds:0} s; check its NTP servers (timedatectl timesync-status)");
    }
}

namespace PiCluster.Steps;

/// <summary>A step that is one command, run as root on its own host, that must succeed.</summary>
public abstract record CommandStep(string Host) : HostStep(Host)
{
    /// <summary>What the command does, for the failure message: "installing microk8s".</summary>
    protected abstract string What { get; }

    protected abstract string Command { get; }

    protected virtual TimeSpan Timeout => TimeSpan.FromSeconds(30);

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await context[Host].RequireChangeAsync(What, Command, Timeout, ct);
        return StepResult.Done;
    }
}

using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>Names the Pi after its inventory entry: fresh images are all `ubuntu`, and Kubernetes node names must differ.</summary>
public sealed record SetHostname(string Host, string From) : HostStep(Host)
{
    public override string Describe() => $"set hostname {From} → {Host}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await context[Host].RequireChangeAsync("setting the hostname", ShellQuote.Command("hostnamectl", "set-hostname", Host), TimeSpan.FromSeconds(30), ct);
        return StepResult.Done;
    }
}

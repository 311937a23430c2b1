namespace PiCluster.Steps;

/// <summary>Puts every cluster node's name on its address in /etc/hosts, so nodes find each other by name.</summary>
public sealed record WriteHostsFile(string Host, string Content, IReadOnlyList<string> Entries) : HostStep(Host)
{
    public override string Describe() => $"write /etc/hosts: {string.Join(", ", Entries)}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await RemoteFile.WriteAsync(context[Host], "writing /etc/hosts", "/etc/hosts", Content, backup: true, ct);
        return StepResult.Done;
    }
}

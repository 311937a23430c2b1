using PiCluster.Tools;

namespace PiCluster.Steps;

public sealed record InstallMicroK8s(string Host, string Channel) : HostStep(Host)
{
    public override string Describe() => $"install microk8s {Channel}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await context[Host].RequireChangeAsync("installing microk8s", MicroK8sCommands.Install(Channel), TimeSpan.FromMinutes(30), ct);
        return StepResult.Done;
    }
}

using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Lets the login user run `microk8s` without sudo (from its next login on).</summary>
public sealed record AddToMicroK8sGroup(string Host, string User) : HostStep(Host)
{
    public override string Describe() => $"add {User} to the microk8s group";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await context[Host].RequireChangeAsync("adding the user to the microk8s group", MicroK8sCommands.AddToGroup(User), TimeSpan.FromSeconds(30), ct);
        return StepResult.Done;
    }
}

using PiCluster.Spec;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Addons are Kubernetes objects: enabled once, on one control plane, for the whole cluster.</summary>
public sealed record EnableAddon(string Host, AddonSpec Addon) : HostStep(Host)
{
    public override string Describe() => $"enable addon {Addon.Text} (for the whole cluster)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var host = context[Host];
        var result = await host.ChangeAsync(MicroK8s.Enable(Addon.Text), TimeSpan.FromMinutes(15), ct);
        if (!result.Succeeded) throw new StepException(host.Failed($"enabling {Addon.Text}", result));
        return result.StdOut.Contains("is already enabled", StringComparison.Ordinal) ? new(false, $"{Addon.Name} was already enabled") : StepResult.Done;
    }
}

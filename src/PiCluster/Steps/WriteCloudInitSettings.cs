using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Keeps cloud-init from renaming the Pi back or rewriting /etc/hosts at the next boot.
/// <see cref="Damage"/> says why an existing drop-in is rewritten when cloud-init cannot read it.</summary>
public sealed record WriteCloudInitSettings(string Host, string? Damage = null) : HostStep(Host)
{
    public override string Describe() => Damage is null
        ? $"keep cloud-init from resetting the hostname and /etc/hosts at boot ({CloudInit.SettingsPath})"
        : $"rewrite {CloudInit.SettingsPath}: {Damage}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await RemoteFile.WriteAsync(context[Host], "writing the cloud-init settings", CloudInit.SettingsPath, CloudInit.Settings + "\n", backup: false, ct);
        return StepResult.Done;
    }
}

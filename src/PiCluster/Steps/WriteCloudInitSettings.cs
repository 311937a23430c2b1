using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Keeps cloud-init from renaming the Pi back or rewriting /etc/hosts at the next boot.</summary>
public sealed record WriteCloudInitSettings(string Host) : HostStep(Host)
{
    public override string Describe() => $"keep cloud-init from resetting the hostname and /etc/hosts at boot ({CloudInit.SettingsPath})";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await RemoteFile.WriteAsync(context[Host], "writing the cloud-init settings", CloudInit.SettingsPath, CloudInit.Settings + "\n", backup: false, ct);
        return StepResult.Done;
    }
}

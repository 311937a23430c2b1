using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>The Pi that left is left as a fresh one would be, its OS preparation kept: MicroK8s and MicroCeph removed with their
/// data (`snap remove --purge`), so it can join again later or serve something else.</summary>
public sealed record RemoveSnaps(string Host, IReadOnlyList<string> Snaps) : HostStep(Host)
{
    static readonly string[] Removed = ["microk8s", "microceph"];

    /// <summary>The step for what of MicroK8s and MicroCeph the Pi has, MicroK8s first; null when it has neither or does not answer.</summary>
    public static RemoveSnaps? For(Planning.ClusterHost host) =>
        host.Facts?.Snaps.Select(s => s.Name).ToList() is { } installed && Removed.Where(installed.Contains).ToList() is { Count: > 0 } snaps
            ? new RemoveSnaps(host.Name, snaps)
            : null;

    public override string Describe() => $"snap remove --purge {string.Join(" ", Snaps)}";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await context[Host].RequireChangeAsync($"removing {string.Join(" and ", Snaps)}", ShellQuote.Command(["snap", "remove", "--purge", .. Snaps]),
            TimeSpan.FromMinutes(10), ct);
        return StepResult.Done;
    }
}

using PiCluster.Steps;

namespace PiCluster.Tests.Run;

/// <summary>A step that stays in its <see cref="Turnstile"/> until the test lets its host out.</summary>
sealed record HeldStep(string Host, Turnstile Turnstile) : HostStep(Host)
{
    public override string Describe() => "wait to be let out";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        await Turnstile.PassAsync(Host, ct);
        return StepResult.Done;
    }
}

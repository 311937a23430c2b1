using PiCluster.Remote;
using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

public sealed class WaitForMicroK8sTests
{
    readonly FakePis pis = new();

    [Fact]
    public async Task Waits_with_microk8s_own_timeout_and_changes_nothing()
    {
        // When
        var result = await pis.ApplyAsync(new WaitForMicroK8s("pi-01", TimeSpan.FromSeconds(300)), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Unchanged, result);
        Assert.Equal(["/snap/bin/microk8s status --wait-ready --timeout 300"], pis["pi-01"].AsRoot);
    }

    [Fact]
    public async Task MicroK8s_not_ready_within_the_limit_fails_pointing_at_microk8s_inspect()
    {
        // Given MicroK8s that answers when the limit has passed
        pis["pi-01"].On("--wait-ready", (_, _) =>
        {
            pis.Clock.Advance(TimeSpan.FromSeconds(300));
            return new(1, "microk8s is not running. Use microk8s inspect for a deeper inspection.\n", "");
        });

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() =>
            pis.ApplyAsync(new WaitForMicroK8s("pi-01", TimeSpan.FromSeconds(300)), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("microk8s on pi-01 was not ready within 300 s: run `sudo microk8s inspect` on it (picluster_ready_timeout sets the wait)", failure.Message);
    }

    [Fact]
    public async Task MicroK8s_that_answers_at_once_is_quoted_not_called_slow()
    {
        // Given a stopped MicroK8s: status answers at once
        pis["pi-01"].On("--wait-ready", new CommandResult(1, "microk8s is not running, try microk8s start\n", ""));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() =>
            pis.ApplyAsync(new WaitForMicroK8s("pi-01", TimeSpan.FromSeconds(300)), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("microk8s on pi-01 is not ready and did not wait: `microk8s status` said \"microk8s is not running, try microk8s start\" after 0 s; "
            + "run `sudo microk8s inspect` on it", failure.Message);
    }
}

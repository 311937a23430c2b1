using PiCluster.Remote;
using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

public sealed class RebootHostTests
{
    const string OldBoot = "0d6f4c1e-9a7b-4c55-8b1e-2f3a4b5c6d7e";
    const string NewBoot = "5b0e2a71-3c4d-4e8f-9a10-b2c3d4e5f607";
    const string ReadBootId = "cat /proc/sys/kernel/random/boot_id";
    const string MemoryCgroupOn = "grep -qw memory /sys/fs/cgroup/cgroup.controllers";

    static readonly RebootHost Reboot = new("pi-01", OldBoot, TimeSpan.FromSeconds(600));

    readonly FakePis pis = new();

    [Fact]
    public async Task Reboots_as_root_waits_through_refused_connections_for_a_new_boot_id_then_checks_the_memory_cgroup()
    {
        // Given the reboot drops the session and the Pi refuses three connects while it boots
        pis["pi-01"]
            .Throws("reboot", RemoteFailure.Disconnected, then: () => pis.Connector.Refuse("pi-01", times: 3))
            .On(ReadBootId, FakeShell.Ok(NewBoot + "\n"));

        // When
        var result = await pis.ApplyAsync(Reboot, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal(["reboot", ReadBootId, MemoryCgroupOn], pis["pi-01"].AsRoot);
        Assert.Equal(2, pis.Connector.Connections("pi-01"));
        Assert.Equal(5, pis.Connector.Attempts("pi-01"));
    }

    [Theory]
    [InlineData(RemoteFailure.Timeout)]
    [InlineData(null)]
    public async Task A_reboot_that_times_out_or_returns_is_the_reboot_starting_and_the_old_boot_id_is_not_taken_as_back(RemoteFailure? rebootEnds)
    {
        // Given the Pi still answers with its old boot id twice before it goes down
        var shell = pis["pi-01"].OnEach(ReadBootId, FakeShell.Ok(OldBoot + "\n"), FakeShell.Ok(OldBoot + "\n"), FakeShell.Ok(NewBoot + "\n"));
        if (rebootEnds is { } reason) shell.Throws("reboot", reason);

        // When
        var result = await pis.ApplyAsync(Reboot, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal(["reboot", ReadBootId, ReadBootId, ReadBootId, MemoryCgroupOn], pis["pi-01"].AsRoot);
        Assert.Equal(2, pis.Connector.Connections("pi-01"));
    }

    [Fact]
    public async Task A_Pi_whose_memory_cgroup_is_still_off_after_the_reboot_fails_pointing_at_cmdline_txt()
    {
        // Given
        pis["pi-01"]
            .On(ReadBootId, FakeShell.Ok(NewBoot + "\n"))
            .On("grep -qw memory", FakeShell.Fails(1, ""));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Reboot, TestContext.Current.CancellationToken));

        // Then
        Assert.Equal(
            "pi-01 rebooted but the memory cgroup is still off: check that /boot/firmware/cmdline.txt holds cgroup_enable=memory cgroup_memory=1 on its one line",
            failure.Message);
    }

    [Theory]
    [InlineData(RemoteFailure.Refused)]
    [InlineData(RemoteFailure.Timeout)]
    public async Task A_Pi_that_never_answers_again_fails_when_the_limit_has_passed(RemoteFailure down)
    {
        // Given the Pi goes down with the reboot and stays down
        pis["pi-01"].Throws("reboot", RemoteFailure.Disconnected, then: () => pis.Connector.Refuse("pi-01", reason: down));
        var start = pis.Clock.GetUtcNow();

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Reboot, TestContext.Current.CancellationToken));

        // Then
        Assert.Equal(
            "pi-01 did not come back within 600 s of its reboot: check its power and network, then re-run (picluster_reboot_timeout sets the wait)",
            failure.Message);
        Assert.True(pis.Clock.GetUtcNow() - start >= TimeSpan.FromSeconds(600), "gave up before the limit");
        Assert.Equal(["reboot"], pis["pi-01"].AsRoot);
    }

    [Fact]
    public async Task A_reboot_that_fails_is_reported_at_once_and_not_waited_for()
    {
        // Given
        pis["pi-01"].On("reboot", FakeShell.Fails(1, "Failed to connect to bus: No such file or directory\n"));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Reboot, TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("rebooting on pi-01 failed (exit 1): Failed to connect to bus: No such file or directory", failure.Message);
        Assert.Equal(["reboot"], pis["pi-01"].AsRoot);
    }
}

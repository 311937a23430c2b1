using PiCluster.Remote;
using PiCluster.Spec;
using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

public sealed class EnableAddonTests
{
    readonly FakePis pis = new();

    [Fact]
    public async Task Enables_the_addon_with_its_arguments_on_its_host()
    {
        // Given
        pis["pi-01"].On("enable", FakeShell.Ok("Enabling MetalLB\nApplying Metallb manifest\nMetalLB is enabled\n"));

        // When
        var result = await pis.ApplyAsync(new EnableAddon("pi-01", new AddonSpec("metallb", "10.0.0.240-10.0.0.250")), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal(["/snap/bin/microk8s enable metallb:10.0.0.240-10.0.0.250"], pis["pi-01"].AsRoot);
    }

    [Fact]
    public async Task An_addon_that_is_already_enabled_is_unchanged_with_a_note()
    {
        // Given
        pis["pi-01"].On("enable", new CommandResult(0, "Addon core/dns is already enabled\n", "Infer repository core for addon dns\n"));

        // When
        var result = await pis.ApplyAsync(new EnableAddon("pi-01", new AddonSpec("dns", null)), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(new StepResult(false, "dns was already enabled"), result);
    }

    [Fact]
    public async Task A_failed_enable_names_the_addon_the_host_the_exit_code_and_the_first_error_line()
    {
        // Given
        pis["pi-01"].On("enable", FakeShell.Fails(1, "Addon nosuchaddon was not found in any repository\n"));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() =>
            pis.ApplyAsync(new EnableAddon("pi-01", new AddonSpec("nosuchaddon", null)), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("enabling nosuchaddon on pi-01 failed (exit 1): Addon nosuchaddon was not found in any repository", failure.Message);
    }

    [Fact]
    public async Task A_failure_printed_on_stdout_is_quoted_from_its_last_line()
    {
        // Given
        pis["pi-01"].On("enable", new CommandResult(1, "Enabling MetalLB\nYour input value (10.0.0.240-10.0.0) is not a valid IP Range\n", ""));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() =>
            pis.ApplyAsync(new EnableAddon("pi-01", new AddonSpec("core/metallb", "10.0.0.240-10.0.0")), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("enabling core/metallb:10.0.0.240-10.0.0 on pi-01 failed (exit 1): Your input value (10.0.0.240-10.0.0) is not a valid IP Range", failure.Message);
    }

    [Fact]
    public async Task The_repository_microk8s_infers_is_not_taken_for_the_error()
    {
        // Given
        pis["pi-01"].On("enable", new CommandResult(1, "Enabling MetalLB\nYour input value (10.0.0.240-x) is not a valid IP Range\n", "Infer repository core for addon metallb\n"));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() =>
            pis.ApplyAsync(new EnableAddon("pi-01", new AddonSpec("metallb", "10.0.0.240-x")), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("enabling metallb:10.0.0.240-x on pi-01 failed (exit 1): Your input value (10.0.0.240-x) is not a valid IP Range", failure.Message);
    }
}

using PiCluster.Remote;
using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

public sealed class AddDiskTests
{
    const string Added = "\n+----------+---------+\n|   PATH   | STATUS  |\n+----------+---------+\n| /dev/sda | Success |\n+----------+---------+\n";
    const string NotAdded = "\n+----------+---------+\n|   PATH   | STATUS  |\n+----------+---------+\n| /dev/sda | Failure |\n+----------+---------+\n";

    readonly FakePis pis = new();

    [Fact]
    public async Task Adds_a_disk_as_an_OSD_without_wiping_it()
    {
        // Given
        pis["pi-01"].On("disk add", FakeShell.Ok(Added));

        // When
        var result = await pis.ApplyAsync(new AddDisk("pi-01", "/dev/sda", "sda (500 GB SSD)"), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal(["/snap/bin/microceph disk add /dev/sda"], pis["pi-01"].AsRoot);
    }

    [Fact]
    public async Task Wipes_a_disk_only_when_the_step_says_what_is_lost()
    {
        // Given
        pis["pi-01"].On("disk add", FakeShell.Ok(Added));

        // When
        var result = await pis.ApplyAsync(new AddDisk("pi-01", "/dev/sda", "sda (500 GB SSD)", Losing: "sda1 (ext4)"), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal(["/snap/bin/microceph disk add /dev/sda --wipe"], pis["pi-01"].AsRoot);
    }

    [Fact]
    public async Task An_older_MicroCeph_that_exits_0_with_an_Error_line_has_failed()
    {
        // Given
        pis["pi-01"].On("disk add", new CommandResult(0, NotAdded, "Error: data device /dev/sda has partitions - use --wipe to override\n"));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() =>
            pis.ApplyAsync(new AddDisk("pi-01", "/dev/sda", "sda (500 GB SSD)"), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("adding /dev/sda to Ceph on pi-01 failed (exit 0): Error: data device /dev/sda has partitions - use --wipe to override", failure.Message);
    }

    [Fact]
    public async Task A_disk_MicroCeph_refuses_fails_naming_the_disk_the_host_and_the_error()
    {
        // Given
        pis["pi-01"].On("disk add", new CommandResult(1, NotAdded, "Error: device /dev/sda is currently mounted and cannot be used - aborting\n"));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() =>
            pis.ApplyAsync(new AddDisk("pi-01", "/dev/sda", "sda (500 GB SSD)", Losing: "sda1 (ext4)"), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("adding /dev/sda to Ceph on pi-01 failed (exit 1): Error: device /dev/sda is currently mounted and cannot be used - aborting", failure.Message);
    }
}

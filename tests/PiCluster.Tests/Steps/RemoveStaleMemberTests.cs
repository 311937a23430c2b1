using PiCluster.Remote;
using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

/// <summary>pi-02 was re-flashed; pi-01's datastore still lists its address 10.0.0.12.</summary>
public sealed class RemoveStaleMemberTests
{
    const string NotInKubernetes = "Error from server (NotFound): nodes \"10.0.0.12\" not found\n";

    readonly FakePis pis = new();

    static RemoveStaleMember Remove() => new("pi-02", "pi-01", "10.0.0.12");

    [Fact]
    public async Task Removes_the_member_by_address_on_the_issuer()
    {
        // When
        var result = await pis.ApplyAsync(Remove(), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal(["/snap/bin/microk8s remove-node 10.0.0.12 --force"], pis["pi-01"].AsRoot);
        Assert.Equal(0, pis.Connector.Attempts("pi-02"));
    }

    [Fact]
    public async Task Exit_1_after_removing_the_datastore_entry_is_a_success()
    {
        // Given a node Kubernetes no longer knows, whose dqlite entry remove-node did remove
        pis["pi-01"].On("remove-node", new CommandResult(1,
            "Node 10.0.0.12 does not exist in Kubernetes.\nAttempting to remove 10.0.0.12 from dqlite.\nRemoving node entry found in dqlite.\n",
            NotInKubernetes));

        // When
        var result = await pis.ApplyAsync(Remove(), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
    }

    [Fact]
    public async Task Exit_1_without_a_datastore_entry_removed_fails()
    {
        // Given
        pis["pi-01"].On("remove-node", new CommandResult(1,
            "Node 10.0.0.12 does not exist in Kubernetes.\nAttempting to remove 10.0.0.12 from dqlite.\n", NotInKubernetes));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Remove(), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("removing the stale member 10.0.0.12 on pi-01 failed (exit 1): Error from server (NotFound): nodes \"10.0.0.12\" not found", failure.Message);
    }
}

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
    public async Task After_a_cut_off_join_the_entry_is_removed_if_the_issuers_datastore_lists_it_when_the_step_runs()
    {
        // Given the join resumed after the facts were read, and added pi-02 after all
        pis["pi-01"].On("cluster.yaml", FakeShell.Ok(
            "- Address: 10.0.0.11:19001\n  ID: 2631635432914278236\n  Role: 0\n- Address: 10.0.0.12:19001\n  ID: 7744530214473810234\n  Role: 0\n"));

        // When
        var result = await pis.ApplyAsync(Remove() with { IfListed = true }, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal(["cat /var/snap/microk8s/current/var/kubernetes/backend/cluster.yaml", "/snap/bin/microk8s remove-node 10.0.0.12 --force"],
            pis["pi-01"].AsRoot);
    }

    [Fact]
    public async Task After_a_cut_off_join_nothing_is_removed_while_the_issuers_datastore_does_not_list_it()
    {
        // Given
        pis["pi-01"].On("cluster.yaml", FakeShell.Ok("- Address: 10.0.0.11:19001\n  ID: 2631635432914278236\n  Role: 0\n"));

        // When
        var result = await pis.ApplyAsync(Remove() with { IfListed = true }, TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Unchanged, result);
        Assert.Equal(["cat /var/snap/microk8s/current/var/kubernetes/backend/cluster.yaml"], pis["pi-01"].AsRoot);
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

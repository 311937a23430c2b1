using PiCluster.Remote;
using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

/// <summary>pi-02 joins Ceph via pi-01.</summary>
public sealed class JoinMicroCephTests
{
    const string Add = "/snap/bin/microceph cluster add pi-02 --timeout 10m";
    const string Token = "eyJzZWNyZXQiOiJhYmMifQ==";

    readonly FakePis pis = new();

    [Fact]
    public async Task Joins_with_a_token_made_for_its_hostname_and_keeps_the_token_secret()
    {
        // Given
        pis["pi-01"].On("cluster add", FakeShell.Ok(Token + "\n"));

        // When
        var result = await pis.ApplyAsync(new JoinMicroCeph("pi-02", "pi-01"), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal([Add], pis["pi-01"].AsRoot);
        Assert.Equal([$"/snap/bin/microceph cluster join {Token}"], pis["pi-02"].AsRoot);
        Assert.Equal([Token], pis.Secrets);
    }

    [Theory]
    [InlineData("Error: Failed to create \"core_token_records\" entry: UNIQUE constraint failed: core_token_records.name\n", "core_token_records")]
    [InlineData("Error: This \"internal_token_records\" entry already exists\n", "internal_token_records")]
    public async Task An_unused_token_an_earlier_run_left_is_deleted_from_the_table_microceph_names_and_a_new_one_made(string refusal, string table)
    {
        // Given
        pis["pi-01"].OnEach("cluster add", new CommandResult(1, "", refusal), FakeShell.Ok(Token + "\n"));
        pis["pi-01"].On("cluster sql", FakeShell.Ok("Rows affected: 1\n"));

        // When
        var result = await pis.ApplyAsync(new JoinMicroCeph("pi-02", "pi-01"), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
        Assert.Equal([Add, $"/snap/bin/microceph cluster sql 'DELETE FROM {table} WHERE name = '\\''pi-02'\\'''", Add], pis["pi-01"].AsRoot);
        Assert.Equal([$"/snap/bin/microceph cluster join {Token}"], pis["pi-02"].AsRoot);
    }

    [Fact]
    public async Task Any_other_refusal_fails_quoting_microceph()
    {
        // Given
        pis["pi-01"].On("cluster add", new CommandResult(1, "", "Error: Database is not yet initialized\n"));

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(new JoinMicroCeph("pi-02", "pi-01"), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("minting a Ceph join token for pi-02 on pi-01 failed (exit 1): Error: Database is not yet initialized", failure.Message);
        Assert.Empty(pis["pi-02"].Received);
    }
}

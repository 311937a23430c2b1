using System.Text.RegularExpressions;
using PiCluster.Remote;
using PiCluster.Spec;
using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

/// <summary>pi-02 (10.0.0.12) joins via pi-01, whose inventory address is 10.0.0.11 and whose first add-node URL is another of its addresses.</summary>
public sealed partial class JoinClusterTests
{
    const string Nodes = "/snap/bin/microk8s kubectl get nodes -o json";
    const string Status = "/snap/bin/microk8s status --format short";
    const string NotRunning = "microk8s is not running. Use microk8s inspect for a deeper inspection.\n";
    const string Fingerprint = "2c0cb3284b05";
    const string Joined = "Contacting cluster at 10.0.0.11\nWaiting for this node to finish joining the cluster. .. .. .. ..\nSuccessfully joined the cluster.\n";

    static readonly TimeSpan ReadyLimit = TimeSpan.FromSeconds(300);
    static readonly string OnlyIssuer = NodeList.Json(("pi-01", "10.0.0.11", true));

    readonly FakePis pis = new();

    /// <summary>After the test's own rules, which win: a token, a join, and pi-02 Ready at the second look.</summary>
    void TheRestGoesWell()
    {
        pis["pi-01"]
            .On("add-node", (command, _) => FakeShell.Ok(AddNodeJson(TokenIn(command))))
            .OnEach(Nodes, FakeShell.Ok(OnlyIssuer), FakeShell.Ok(NodeList.Json(("pi-01", "10.0.0.11", true), ("pi-02", "10.0.0.12", true))));
        pis["pi-02"]
            .On("join", FakeShell.Ok(Joined))
            .On(Status, FakeShell.Ok("microk8s is running\naddons:\ncore/ha-cluster: enabled\n"));
    }

    static JoinCluster Join(MicroK8sRole role = MicroK8sRole.ControlPlane) => new("pi-02", "10.0.0.12", role, "pi-01", "10.0.0.11", ReadyLimit);

    static string AddNodeJson(string token) => $$"""
        {
          "token": "{{token}}/{{Fingerprint}}",
          "urls": [
            "192.168.1.230:25001/{{token}}/{{Fingerprint}}",
            "10.0.0.11:25001/{{token}}/{{Fingerprint}}"
          ]
        }
        """;

    static string TokenIn(string command) => TokenArgument().Match(command).Groups[1].Value;

    [GeneratedRegex("--token ([0-9a-f]+)")]
    private static partial Regex TokenArgument();

    [Fact]
    public async Task Joins_a_control_plane_at_the_issuers_inventory_address_and_waits_until_the_issuer_lists_it_Ready_there()
    {
        // Given pi-02 shows up Ready at a stale address, then NotReady at its own, then Ready at its own
        pis["pi-01"].OnEach(Nodes,
            FakeShell.Ok(OnlyIssuer),
            FakeShell.Ok(NodeList.Json(("pi-01", "10.0.0.11", true), ("pi-02", "10.0.0.99", true))),
            FakeShell.Ok(NodeList.Json(("pi-01", "10.0.0.11", true), ("pi-02", "10.0.0.12", false))),
            FakeShell.Ok(NodeList.Json(("pi-01", "10.0.0.11", true), ("pi-02", "10.0.0.12", true))));
        TheRestGoesWell();

        // When
        var result = await pis.ApplyAsync(Join(), TestContext.Current.CancellationToken);

        // Then
        var token = Assert.Single(pis.Secrets);
        Assert.Equal(StepResult.Done, result);
        Assert.Equal(
        [
            $"/snap/bin/microk8s add-node --token {token} --token-ttl 600 --format json",
            Nodes, Nodes, Nodes, Nodes,
        ], pis["pi-01"].AsRoot);
        Assert.Equal($"/snap/bin/microk8s join 10.0.0.11:25001/{token}/{Fingerprint}", pis["pi-02"].AsRoot[0]);
        Assert.All(pis["pi-02"].AsRoot.Skip(1), command => Assert.Equal(Status, command));
    }

    [Fact]
    public async Task Joins_workers_with_the_worker_flag()
    {
        // Given
        TheRestGoesWell();

        // When
        var result = await pis.ApplyAsync(Join(MicroK8sRole.Worker), TestContext.Current.CancellationToken);

        // Then
        var token = Assert.Single(pis.Secrets);
        Assert.Equal(StepResult.Done, result);
        Assert.Equal([$"/snap/bin/microk8s join 10.0.0.11:25001/{token}/{Fingerprint} --worker"], pis["pi-02"].AsRoot);
    }

    [Fact]
    public async Task Each_join_sends_a_fresh_token_declared_secret_before_it_is_sent()
    {
        // Given
        List<bool> declaredBeforeSent = [];
        pis["pi-01"].On("add-node", (command, _) =>
        {
            declaredBeforeSent.Add(pis.Secrets.Contains(TokenIn(command)));
            return FakeShell.Ok(AddNodeJson(TokenIn(command)));
        });
        TheRestGoesWell();

        // When
        await pis.ApplyAsync(Join(), TestContext.Current.CancellationToken);
        await pis.ApplyAsync(Join(), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal([true, true], declaredBeforeSent);
        Assert.Equal(2, pis.Secrets.Distinct().Count());
        Assert.All(pis.Secrets, token => Assert.Matches("^[0-9a-f]{32}$", token));
    }

    [Theory]
    [InlineData(6, "Contacting cluster at 10.0.0.11\nConnection failed. Invalid token (500).\n", "",
        "pi-01 refused the join token as unknown or expired (a failed join burns a token): check that the clocks of pi-02 and pi-01 agree, then re-run")]
    [InlineData(1, "Contacting cluster at 10.0.0.11\n", "Traceback (most recent call last):\n  File \"/snap/microk8s/8612/scripts/wrappers/join.py\", line 1179, in <module>\nConnectionRefusedError: [Errno 111] Connection refused\n",
        "pi-02 cannot reach the cluster agent of pi-01 at 10.0.0.11:25000: check that microk8s runs on pi-01 and no firewall blocks port 25000 (sudo ufw allow 25000/tcp), then re-run")]
    public async Task A_failed_join_is_explained_in_one_sentence_and_not_waited_for(int exit, string stdout, string stderr, string expected)
    {
        // Given
        pis["pi-02"].On("join", new CommandResult(exit, stdout, stderr));
        TheRestGoesWell();

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Join(), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal(expected, failure.Message);
        Assert.DoesNotContain(Nodes, pis["pi-01"].AsRoot);
    }

    [Fact]
    public async Task An_issuer_that_cannot_issue_a_token_fails_the_join_before_the_host_is_touched()
    {
        // Given
        pis["pi-01"].On("add-node", new CommandResult(1, "microk8s is not running. Use microk8s inspect for a deeper inspection.\n", ""));
        TheRestGoesWell();

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Join(), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("issuing a join token for pi-02 on pi-01 failed (exit 1): microk8s is not running. Use microk8s inspect for a deeper inspection.", failure.Message);
        Assert.Equal(0, pis.Connector.Attempts("pi-02"));
    }

    [Fact]
    public async Task Add_node_output_that_is_not_JSON_fails_saying_so()
    {
        // Given the text an add-node without --format json prints
        pis["pi-01"].On("add-node", FakeShell.Ok("From the node you wish to join to this cluster, run the following:\nmicrok8s join 10.0.0.11:25000/92b2db237428470dc4fcfc4ebbd9dc81/2c0cb3284b05\n"));
        TheRestGoesWell();

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Join(), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("add-node on pi-01 did not print the JSON asked for with --format json; is microk8s there older than 1.19?", failure.Message);
        Assert.Equal(0, pis.Connector.Attempts("pi-02"));
    }

    [Fact]
    public async Task A_node_that_says_it_joined_but_never_becomes_Ready_fails_after_the_ready_limit_pointing_at_microk8s_inspect()
    {
        // Given
        pis["pi-01"].On(Nodes, FakeShell.Ok(NodeList.Json(("pi-01", "10.0.0.11", true), ("pi-02", "10.0.0.12", false))));
        TheRestGoesWell();
        var start = pis.Clock.GetUtcNow();

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Join(), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal(
            "pi-02 said it joined, but pi-01 does not list it Ready at 10.0.0.12 after 300 s: run `sudo microk8s inspect` on pi-02, then re-run",
            failure.Message);
        Assert.True(pis.Clock.GetUtcNow() - start >= ReadyLimit, "gave up before the ready limit");
    }

    [Fact]
    public async Task A_control_plane_whose_microk8s_stays_down_after_it_said_it_joined_fails_within_a_minute_saying_a_re_run_rejoins_it()
    {
        // Given pi-02's join says it succeeded, but its MicroK8s never runs again and pi-01 never lists it
        pis["pi-01"].On(Nodes, FakeShell.Ok(OnlyIssuer));
        pis["pi-02"].On(Status, new CommandResult(1, NotRunning, ""));
        TheRestGoesWell();
        var start = pis.Clock.GetUtcNow();

        // When
        var failure = await Assert.ThrowsAsync<StepException>(() => pis.ApplyAsync(Join(), TestContext.Current.CancellationToken));

        // Then
        Assert.Equal("pi-02 said it joined, but its MicroK8s has not run for 60 s since and pi-01 does not list it: "
            + "the join did not converge; re-run picluster up: it removes MicroK8s from pi-02 and joins it afresh", failure.Message);
        var waited = pis.Clock.GetUtcNow() - start;
        Assert.InRange(waited, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(75));
    }

    [Fact]
    public async Task A_control_plane_down_for_a_while_after_its_join_is_waited_for_when_it_comes_back()
    {
        // Given pi-02's MicroK8s is down for its first looks after the join, then runs, and pi-01 lists it Ready late
        pis["pi-01"].OnEach(Nodes, [.. Enumerable.Repeat(FakeShell.Ok(OnlyIssuer), 40),
            FakeShell.Ok(NodeList.Json(("pi-01", "10.0.0.11", true), ("pi-02", "10.0.0.12", true)))]);
        pis["pi-02"].OnEach(Status, [.. Enumerable.Repeat(new CommandResult(1, NotRunning, ""), 5), FakeShell.Ok("microk8s is running\n")]);
        TheRestGoesWell();

        // When
        var result = await pis.ApplyAsync(Join(), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(StepResult.Done, result);
    }

    [Fact]
    public async Task A_join_cut_off_halfway_keeps_the_next_control_plane_from_joining_but_not_a_worker()
    {
        // Given pi-02's join drops halfway, and pi-03 and pi-04 are to join after it
        pis["pi-01"].On("add-node", (command, _) => FakeShell.Ok(AddNodeJson(TokenIn(command))));
        pis["pi-02"].Throws("join", RemoteFailure.Disconnected);
        pis["pi-04"].On("join", FakeShell.Ok(Joined));
        pis["pi-01"].On(Nodes, FakeShell.Ok(NodeList.Json(("pi-01", "10.0.0.11", true), ("pi-04", "10.0.0.14", true))));
        var context = pis.Context(["pi-01", "pi-02", "pi-03", "pi-04"]);
        var ct = TestContext.Current.CancellationToken;

        // When
        var cutOff = await Assert.ThrowsAsync<RemoteException>(() => Join().ApplyAsync(context, ct));
        var next = await Assert.ThrowsAsync<StepException>(() =>
            new JoinCluster("pi-03", "10.0.0.13", MicroK8sRole.ControlPlane, "pi-01", "10.0.0.11", ReadyLimit).ApplyAsync(context, ct));
        var worker = await new JoinCluster("pi-04", "10.0.0.14", MicroK8sRole.Worker, "pi-01", "10.0.0.11", ReadyLimit).ApplyAsync(context, ct);

        // Then
        Assert.Equal(RemoteFailure.Disconnected, cutOff.Reason);
        Assert.Equal("pi-03 was not joined: the join of pi-02 via pi-01 was cut off halfway, and the datastore takes one membership change at a time; "
            + "re-run picluster up once that Pi is back: it repairs the cut-off join and then joins the others", next.Message);
        Assert.Empty(pis["pi-03"].Received);
        Assert.Equal(StepResult.Done, worker);
    }
}

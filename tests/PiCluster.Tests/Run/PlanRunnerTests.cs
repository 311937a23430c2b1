using System.Collections.Concurrent;
using PiCluster.Planning;
using PiCluster.Recap;
using PiCluster.Run;
using PiCluster.Spec;
using PiCluster.Steps;
using PiCluster.Tests.Fakes;
using PiCluster.Tests.Planning;

namespace PiCluster.Tests.Run;

public sealed class PlanRunnerTests
{
    const string Install = "snap wait system seed.loaded && snap install microk8s --classic --channel=1.35/stable";

    readonly FakePis pis = new();
    readonly ConcurrentQueue<string> journal = new();
    readonly ConcurrentQueue<StepEvent> reported = new();

    static HostPlan HostWith(string name, params HostStep[] steps) => new(FactsBuilder.Host(name, FactsBuilder.Fresh()), steps, []);

    static Plan PlanOf(IReadOnlyList<HostPlan> hosts, IReadOnlyList<HostStep> clusterSteps, params string[] problems) => new(
        hosts, clusterSteps,
        new ClusterPicture { Formed = false, Members = new HashSet<string>(), Nodes = [], Datastore = [], Problems = problems },
        [], problems);

    TestStep Step(string host, string name, string? fails = null, string? needs = null, bool cleanup = false) => new(host, name, journal, fails, needs, cleanup);

    Task<IReadOnlyList<StepEvent>> RunAsync(Plan plan, int forks = 5) =>
        new PlanRunner(pis.Context(plan.Hosts.Select(h => h.Name)), forks, reported.Enqueue).RunAsync(plan, TestContext.Current.CancellationToken);

    static (HostStep Step, StepStatus Status, string? Message)[] Of(IEnumerable<StepEvent> events, string host) =>
        [.. events.Where(e => e.Host == host).Select(e => (e.Step, e.Status, e.Message))];

    [Fact(Timeout = 30_000)]
    public async Task Host_steps_of_different_hosts_run_at_once_but_on_no_more_hosts_than_forks()
    {
        // Given
        var turnstile = new Turnstile();
        var ct = TestContext.Current.CancellationToken;
        string[] hosts = ["pi-01", "pi-02", "pi-03", "pi-04"];
        var plan = PlanOf([.. hosts.Select(h => HostWith(h, new HeldStep(h, turnstile)))], []);

        // When
        var run = RunAsync(plan, forks: 2);
        var first = await turnstile.NextInAsync(ct);
        var second = await turnstile.NextInAsync(ct);
        turnstile.LetOut(first);
        var third = await turnstile.NextInAsync(ct);
        turnstile.LetOut(second);
        var fourth = await turnstile.NextInAsync(ct);
        turnstile.LetOut(third);
        turnstile.LetOut(fourth);
        var events = await run;

        // Then
        Assert.Equal(2, turnstile.Most);
        Assert.Equal(hosts, new[] { first, second, third, fourth }.Order());
        Assert.All(events, e => Assert.Equal(StepStatus.Changed, e.Status));
    }

    [Fact]
    public async Task Cluster_steps_run_after_every_hosts_steps_one_at_a_time_in_plan_order()
    {
        // Given
        var plan = PlanOf(
            [HostWith("pi-01", Step("pi-01", "a1"), Step("pi-01", "a2")), HostWith("pi-02", Step("pi-02", "b1")), HostWith("pi-03", Step("pi-03", "c1"), Step("pi-03", "c2"))],
            [Step("pi-02", "join pi-02"), Step("pi-01", "enable dns"), Step("pi-03", "join pi-03")]);

        // When
        var events = await RunAsync(plan);

        // Then
        var order = journal.ToList();
        Assert.Equal(
            ["start join pi-02", "end join pi-02", "start enable dns", "end enable dns", "start join pi-03", "end join pi-03"],
            order[^6..]);
        Assert.Equal(["start a1", "end a1", "start a2", "end a2"], order.Where(e => e.EndsWith(" a1", StringComparison.Ordinal) || e.EndsWith(" a2", StringComparison.Ordinal)));
        Assert.Equal(["join pi-02", "enable dns", "join pi-03"], events.Skip(5).Select(e => e.Step.Describe()));
        Assert.All(events, e => Assert.Equal(StepStatus.Changed, e.Status));
    }

    [Fact]
    public async Task A_failed_step_skips_the_rest_of_its_host_and_the_cluster_steps_that_need_it_and_theirs_while_other_hosts_go_on()
    {
        // Given pi-01 fails a step and pi-02 cannot be reached, while pi-03 is fine
        pis.Connector.Refuse("pi-02");
        var joinPi03 = new JoinCluster("pi-03", "10.0.0.13", MicroK8sRole.Worker, "pi-01", "10.0.0.11", TimeSpan.FromSeconds(300));
        var removeStale = new RemoveStaleMember("pi-03", "pi-02", "10.0.0.13");
        var enableDns = new EnableAddon("pi-03", new AddonSpec("dns", null));
        var plan = PlanOf(
            [
                HostWith("pi-01", Step("pi-01", "free space", fails: "pi-01: / is full"), Step("pi-01", "pi-01 after")),
                HostWith("pi-02", new InstallMicroK8s("pi-02", "1.35/stable"), Step("pi-02", "pi-02 after")),
                HostWith("pi-03", new InstallMicroK8s("pi-03", "1.35/stable"), Step("pi-03", "pi-03 after")),
            ],
            [joinPi03, Step("pi-01", "pi-01 last"), removeStale, enableDns, Step("pi-03", "pi-03 last", needs: "pi-02")]);

        // When
        var events = await RunAsync(plan);

        // Then
        Assert.Equal(
        [
            (Step("pi-01", "free space", fails: "pi-01: / is full"), StepStatus.Failed, "pi-01: / is full"),
            (Step("pi-01", "pi-01 after"), StepStatus.Skipped, null),
            (Step("pi-01", "pi-01 last"), StepStatus.Skipped, null),
        ], Of(events, "pi-01"));
        Assert.Equal(
        [
            (new InstallMicroK8s("pi-02", "1.35/stable"), StepStatus.Failed, "pi-02 (10.0.0.12:22) refused the connection on port 22: is sshd running?"),
            (Step("pi-02", "pi-02 after"), StepStatus.Skipped, null),
        ], Of(events, "pi-02"));
        Assert.Equal(
        [
            (new InstallMicroK8s("pi-03", "1.35/stable"), StepStatus.Changed, null),
            (Step("pi-03", "pi-03 after"), StepStatus.Changed, null),
            (joinPi03, StepStatus.Skipped, "pi-01 failed earlier"),
            (removeStale, StepStatus.Skipped, "pi-01 failed earlier"),
            (enableDns, StepStatus.Skipped, "pi-01 failed earlier"),
            (Step("pi-03", "pi-03 last", needs: "pi-02"), StepStatus.Skipped, "pi-01 failed earlier"),
        ], Of(events, "pi-03"));
        Assert.Equal([Install], pis["pi-03"].AsRoot);
        Assert.Empty(pis["pi-01"].Received);
        Assert.Empty(pis["pi-02"].Received);
        Assert.DoesNotContain("start pi-01 after", journal);
        Assert.DoesNotContain("start pi-02 after", journal);
    }

    [Fact]
    public async Task Every_refusal_is_reported_as_a_failure_even_after_its_host_failed()
    {
        // Given
        var plan = PlanOf(
            [HostWith("pi-01", Step("pi-01", "free space", fails: "pi-01: / is full"), new Refuse("pi-01", "cmdline.txt has two lines"), Step("pi-01", "after"))],
            [new Refuse("pi-01", "pi-01 cannot join: no control plane answers"), Step("pi-01", "last")]);

        // When
        var events = await RunAsync(plan);

        // Then
        Assert.Equal(
        [
            (Step("pi-01", "free space", fails: "pi-01: / is full"), StepStatus.Failed, "pi-01: / is full"),
            (new Refuse("pi-01", "cmdline.txt has two lines"), StepStatus.Failed, "cmdline.txt has two lines"),
            (Step("pi-01", "after"), StepStatus.Skipped, null),
            (new Refuse("pi-01", "pi-01 cannot join: no control plane answers"), StepStatus.Failed, "pi-01 cannot join: no control plane answers"),
            (Step("pi-01", "last"), StepStatus.Skipped, null),
        ], Of(events, "pi-01"));
        var recap = Assert.Single(HostRecap.From(plan, events));
        Assert.Equal((3, 2), (recap.Failed, recap.Skipped));
        Assert.Equal(["pi-01: / is full", "cmdline.txt has two lines", "pi-01 cannot join: no control plane answers"], recap.Messages);
    }

    [Fact]
    public async Task A_refused_plan_runs_nothing()
    {
        // Given
        var plan = PlanOf(
            [HostWith("pi-01", Step("pi-01", "a1"), new InstallMicroK8s("pi-01", "1.35/stable"))],
            [Step("pi-01", "join")],
            "pi-01 and pi-02 share the address 10.0.0.11: give each Pi its own ansible_host");

        // When
        var events = await RunAsync(plan);

        // Then
        Assert.Empty(events);
        Assert.Empty(reported);
        Assert.Empty(journal);
        Assert.Equal(0, pis.Connector.Attempts("pi-01"));
    }

    [Fact]
    public async Task Each_step_is_reported_started_then_ended_and_the_recap_counts_and_quotes_what_ended()
    {
        // Given
        pis["pi-01"].On("enable", FakeShell.Ok("Addon core/dns is already enabled\n"));
        var wait = new WaitForMicroK8s("pi-01", TimeSpan.FromSeconds(300));
        var enable = new EnableAddon("pi-01", new AddonSpec("dns", null));
        var hold = new HoldMicroK8s("pi-01");
        var plan = PlanOf([HostWith("pi-01", wait, enable, hold)], []);

        // When
        var events = await RunAsync(plan);

        // Then
        Assert.Equal(
        [
            (wait, StepStatus.Started, null), (wait, StepStatus.Ok, null),
            (enable, StepStatus.Started, null), (enable, StepStatus.Ok, "dns was already enabled"),
            (hold, StepStatus.Started, null), (hold, StepStatus.Changed, null),
        ], Of(reported, "pi-01"));
        Assert.Equal(Of(reported, "pi-01").Where(e => e.Status != StepStatus.Started), Of(events, "pi-01"));
        var recap = Assert.Single(HostRecap.From(plan, events));
        Assert.Equal((3, 1, 0, 0), (recap.Ok, recap.Changed, recap.Failed, recap.Skipped));
        Assert.Equal(["dns was already enabled"], recap.Messages);
    }

    [Fact]
    public async Task A_rolling_plan_runs_no_cluster_step_after_a_failed_one_but_those_that_undo_a_setting()
    {
        // Given
        var plan = PlanOf([], [
            Step("pi-01", "noout on"), Step("pi-01", "upgrade pi-01"), Step("pi-02", "upgrade pi-02", fails: "drain blocked"),
            Step("pi-03", "upgrade pi-03"), Step("pi-01", "noout off", cleanup: true),
        ]) with
        { Command = "upgrade", StopsAtFirstFailure = true };

        // When
        var events = await RunAsync(plan);

        // Then
        Assert.Equal(
        [
            ("noout on", StepStatus.Changed, null), ("upgrade pi-01", StepStatus.Changed, null), ("upgrade pi-02", StepStatus.Failed, "drain blocked"),
            ("upgrade pi-03", StepStatus.Skipped, "the upgrade stopped at pi-02"), ("noout off", StepStatus.Changed, null),
        ], events.Select(e => (e.Step.Describe(), e.Status, e.Message)));
    }

    [Fact]
    public async Task After_ctrl_c_a_step_that_undoes_a_setting_still_runs()
    {
        // Given
        using var ctrlC = new CancellationTokenSource();
        await ctrlC.CancelAsync();
        var plan = PlanOf([], [Step("pi-01", "upgrade pi-01"), Step("pi-01", "noout off", cleanup: true)]) with { StopsAtFirstFailure = true };

        // When
        var events = await new PlanRunner(pis.Context(["pi-01"]), 5, reported.Enqueue).RunAsync(plan, ctrlC.Token);

        // Then
        Assert.Equal([("upgrade pi-01", StepStatus.Skipped), ("noout off", StepStatus.Changed)], events.Select(e => (e.Step.Describe(), e.Status)));
    }

    [Fact(Timeout = 30_000)]
    public async Task Cluster_steps_of_one_wave_run_at_once_and_the_next_step_waits_for_the_whole_wave()
    {
        // Given workers pi-02 and pi-03 in one wave, pi-04 alone after them
        var turnstile = new Turnstile();
        var ct = TestContext.Current.CancellationToken;
        var plan = PlanOf([], [new HeldStep("pi-02", turnstile) { Wave = 1 }, new HeldStep("pi-03", turnstile) { Wave = 1 }, new HeldStep("pi-04", turnstile)]);

        // When
        var run = RunAsync(plan);
        var first = await turnstile.NextInAsync(ct);
        var second = await turnstile.NextInAsync(ct);
        turnstile.LetOut(first);
        turnstile.LetOut(second);
        var third = await turnstile.NextInAsync(ct);
        turnstile.LetOut(third);
        await run;

        // Then
        Assert.Equal(["pi-02", "pi-03"], new[] { first, second }.Order());
        Assert.Equal("pi-04", third);
        Assert.Equal(2, turnstile.Most);
    }
}

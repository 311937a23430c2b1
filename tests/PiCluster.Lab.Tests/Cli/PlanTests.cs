namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster plan` shows exactly what the `up` after it does, whatever state the cluster is in.</summary>
public sealed class PlanTests
{
    [Fact]
    public async Task Plan_lists_exactly_the_steps_the_next_up_runs_as_the_cluster_forms_fails_grows_and_heals()
    {
        await using var lab = await TestLab.StartAsync(3);

        await lab.LabAsync("fault", "pi-03", "add", "join", "connection-refused", "--times", "1");
        // The plan cannot foresee an injected failure: it exits 0, the up after it 2.
        Assert.Equal(2, (await PlanThenUpAsync(lab, "fresh Pis, pi-03's join failing", planExit: 0)).ExitCode);

        Assert.Equal(0, (await PlanThenUpAsync(lab, "pi-03 left out")).ExitCode);

        var settled = await PlanThenUpAsync(lab, "a settled cluster", expectSteps: false);
        Assert.Equal(0, settled.ExitCode);

        await lab.AddPiAsync(4, "worker");
        await lab.LabAsync("stop-node", "pi-01");
        Assert.Equal(2, (await PlanThenUpAsync(lab, "a new worker, pi-01 stopped", planExit: 2)).ExitCode);

        await lab.LabAsync("start-node", "pi-01");
        await lab.ReflashAsync("pi-03");
        Assert.Equal(0, (await PlanThenUpAsync(lab, "pi-03 re-flashed")).ExitCode);
    }

    [Fact]
    public async Task When_no_pi_answers_the_plan_says_that_nothing_can_be_changed()
    {
        // Given
        await using var lab = await TestLab.StartAsync(2);
        await lab.LabAsync("stop-node", "pi-01");
        await lab.LabAsync("stop-node", "pi-02");

        // When
        var plan = await lab.PlanAsync(lab.Inventory);

        // Then
        Assert.Equal(2, plan.Result.ExitCode);
        Assert.Contains("Nothing can be changed: no host answers.", plan.Result.StdOut);
        Assert.DoesNotContain("every reachable host", plan.Result.StdOut);
    }

    /// <summary>Runs `plan` then `up` (with the same options) and checks that the plan's (host, step) pairs are the step lines `up` printed.</summary>
    static async Task<UpOutput> PlanThenUpAsync(TestLab lab, string state, bool expectSteps = true, int planExit = 0, params string[] options)
    {
        var plan = await lab.PlanAsync(lab.Inventory, options);
        Assert.True(plan.Result.ExitCode == planExit, $"{state}: plan exited {plan.Result.ExitCode}, not {planExit}\n{plan}");
        var up = await lab.UpAsync(lab.Inventory, options);

        var planned = plan.Planned.Order().ToList();
        var applied = up.Applied.Select(a => (a.Host, a.Step)).Order().ToList();
        Assert.True(planned.SequenceEqual(applied),
            $"{state}: the plan and the up after it differ\n--- planned\n{string.Join('\n', planned)}\n--- applied\n{string.Join('\n', applied)}\n--- plan\n{plan}\n--- up\n{up}");
        Assert.True(expectSteps == planned.Count > 0, $"{state}: {(expectSteps ? "nothing" : "something")} was planned\n{plan}");
        if (!expectSteps) Assert.Contains("Nothing to change: every reachable host is as the inventory says.", plan.Result.StdOut);
        return up;
    }
}

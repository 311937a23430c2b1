using PiCluster.Planning;
using PiCluster.Run;
using PiCluster.Steps;

namespace PiCluster.Cli;

/// <summary>How a cluster run is shown: host progress as for every command, the plan as text (not under --output json), then a
/// line per finished step; the log and the secrets go where every command's go.</summary>
public sealed class RunEvents(bool json, bool apply, bool showPlan = true) : HostProgress, IRunEvents, IDisposable
{
    StepProgress? steps;

    public void Planned(Plan plan)
    {
        if (showPlan && !json) PlanText.Write(plan, apply);
        if (apply && !plan.Refused && (plan.ClusterSteps.Count > 0 || plan.Hosts.Any(h => h.Steps.Count > 0))) steps = new StepProgress(plan, json);
    }

    public void Stepped(StepEvent done) => steps?.Report(done);

    public void Log(string line) => RunLog.Write(line);

    public void Secret(string value) => Secrets.Add(value);

    public void Dispose() => steps?.Dispose();
}

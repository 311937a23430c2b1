using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The joiner's TCP connect to the cluster agent on IP:PORT: which lab node answers, or how it fails.</summary>
public static class AgentConnection
{
    public static LabNode? Connect(MicroK8sContext context, JoinUrl url, out string? error)
    {
        error = null;
        if (context.FaultIs("connection-refused"))
        {
            error = PythonTraceback.Refused;
            return null;
        }

        var deadline = DateTimeOffset.UtcNow.AddMilliseconds(context.Delays.SilentConnectMs);
        while (true)
        {
            var target = context.Invocation.Settings.FindNodeByAddress(url.Ip);
            var power = target is null ? "unknown" : LabJson.ReadPower(context.Invocation.Paths, target.Name);
            var silent = context.FaultIs("timeout") || power == "paused" || (target is null && !url.Ip.StartsWith("127.", StringComparison.Ordinal));
            if (!silent)
            {
                error = target is not null && power == "on" && url.Port == 25000 && AgentRuns(context, target) ? null : PythonTraceback.Refused;
                return error is null ? target : null;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                error = PythonTraceback.TimedOut;
                return null;
            }

            Thread.Sleep(250);
        }
    }

    static bool AgentRuns(MicroK8sContext context, LabNode target) =>
        SnapdStore.Installed(context.Invocation.Paths, target.Name, "microk8s") is not null
        && context.Store.Read().Node(target.Name) is { Stopped: false };
}

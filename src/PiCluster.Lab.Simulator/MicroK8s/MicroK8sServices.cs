namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>Starting and stopping the snap's services (stopped.lock); a start takes Delays.MicroK8sStartMs to be Ready.</summary>
public static class MicroK8sServices
{
    public static void Start(Invocation invocation) =>
        new ClusterStore(invocation.Paths).Update(state =>
        {
            if (state.Node(invocation.Node) is not { } record)
                return;

            record.MemoryCgroup = NodeEnvironment.MemoryCgroup();
            if (record.Stopped)
            {
                record.Stopped = false;
                record.ReadyAt = DateTimeOffset.UtcNow.AddMilliseconds(invocation.Delays.MicroK8sStartMs);
            }
        });

    public static void Stop(Invocation invocation) =>
        new ClusterStore(invocation.Paths).Update(state =>
        {
            if (state.Node(invocation.Node) is { } record)
                record.Stopped = true;
        });
}

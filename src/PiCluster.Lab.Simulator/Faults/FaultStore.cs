namespace PiCluster.Lab.Simulator.Faults;

/// <summary>The node's armed faults (LabPaths.Faults), consumed one call at a time under a lock.</summary>
public static class FaultStore
{
    public static LockedJsonFile<FaultList> For(LabPaths paths, string node) =>
        new(paths.Faults(node), SimJson.Default.FaultList, () => new FaultList());

    public static Fault? Take(Invocation invocation, string command)
    {
        var store = For(invocation.Paths, invocation.Node);
        if (!store.Read().Faults.Any(f => f.Command == command))
            return null;

        return store.Update(list =>
        {
            var index = list.Faults.FindIndex(f => f.Command == command);
            if (index < 0)
                return null;

            var fault = list.Faults[index];
            if (fault.Remaining == 1)
            {
                list.Faults.RemoveAt(index);
            }
            else if (fault.Remaining > 1)
            {
                list.Faults[index] = fault with { Remaining = fault.Remaining - 1 };
            }

            return fault;
        });
    }
}

namespace PiCluster.Lab.Simulator.Faults;

/// <summary>The node's armed faults (LabPaths.Faults), consumed one call at a time under a lock.</summary>
public static class FaultStore
{
    public static LockedJsonFile<FaultList> For(LabPaths paths, string node) =>
        new(paths.Faults(node), SimJson.Default.FaultList, () => new FaultList());

    public static Fault? Take(Invocation invocation, string command) => Take(invocation.Paths, invocation.Node, command);

    /// <summary>The fault armed for COMMAND on NODE, left in place (for faults that last while a command retries).</summary>
    public static Fault? Peek(LabPaths paths, string node, string command) =>
        For(paths, node).Read().Faults.FirstOrDefault(f => f.Command == command);

    public static Fault? Take(LabPaths paths, string node, string command)
    {
        var store = For(paths, node);
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

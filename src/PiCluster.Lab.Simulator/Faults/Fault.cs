namespace PiCluster.Lab.Simulator.Faults;

/// <summary>One armed fault: the next Remaining calls of Command fail with Error (Remaining 0: until cleared).</summary>
public sealed record Fault(string Command, string Error, int Remaining)
{
    public FaultKind Kind => FaultKinds.Find(Error) ?? throw new InvalidDataException($"unknown fault kind {Error}");

    public bool Is(string kind) => Error == kind;

    /// <summary>Plays out a fault that needs no command logic.</summary>
    public int Apply(Output output)
    {
        if (Command == "status" && Error == "not-running")
            return output.Say("microk8s is not running. Use microk8s inspect for a deeper inspection.", 1);

        return output.Fail(Kind.Message, Kind.ExitCode);
    }
}

public sealed record FaultList
{
    public List<Fault> Faults { get; init; } = [];
}

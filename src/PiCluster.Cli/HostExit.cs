using PiCluster.Remote;

namespace PiCluster.Cli;

/// <summary>A host command's exit code: 0 when every host succeeded, else 2, with the log's path on stderr.</summary>
public static class HostExit
{
    public static int Code<T>(IReadOnlyList<HostOutcome<T>> outcomes)
    {
        if (outcomes.All(o => o.Succeeded)) return 0;
        Console.Error.WriteLine($"Log: {RunLog.Path}");
        return 2;
    }
}

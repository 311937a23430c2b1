using PiCluster.Cli.Json;
using PiCluster.Run;

namespace PiCluster.Cli;

/// <summary>How `plan`, `up`, `upgrade` and `reset` end: the JSON document or the recap, then the exit code.</summary>
public static class RunReport
{
    /// <summary>0 done (for a plan: it can be done), 1 refused or not confirmed (nothing changed), 2 a host unreachable, a step
    /// failed or the cluster falls short, 130 interrupted; the log's path on stderr unless 0.</summary>
    public static int Write(string command, RunResult result, bool json)
    {
        if (json) OutputJson.Write(RunDocument.From(command, result));
        else if (result.Recap is not null) RecapText.Write(result);
        if (result.NotApplied) return 1;
        if (result.Succeeded && !result.Interrupted) return 0;
        Console.Error.WriteLine($"Log: {RunLog.Path}");
        return result.Interrupted ? 130 : result.Plan.Refused ? 1 : 2;
    }
}

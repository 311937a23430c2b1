namespace PiCluster.Remote;

/// <summary>What a remote command did. <see cref="ExitCode"/> is null when a signal ended it.</summary>
public sealed record CommandResult(int? ExitCode, string StdOut, string StdErr)
{
    public bool Succeeded => ExitCode == 0;

    public string FirstErrorLine => StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}

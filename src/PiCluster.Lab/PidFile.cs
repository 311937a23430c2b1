namespace PiCluster.Lab;

/// <summary>A file holding a process id, as sshd, the supervisor and delay relays leave them.</summary>
public static class PidFile
{
    public static int? Read(string path) =>
        File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), out var pid) ? pid : null;

    public static bool IsAlive(string path) => Read(path) is { } pid && NodeProcesses.IsAlive(pid);
}

namespace PiCluster.Cli;

/// <summary>This run's log file: every event and remote command, secrets redacted; its path is printed on any failure.</summary>
public static class RunLog
{
    const int Kept = 20;
    static readonly Lock Gate = new();
    static StreamWriter? writer;

    public static string Path { get; } = System.IO.Path.Combine(Folder(), $"picluster-{DateTime.Now:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");

    public static void Write(string line)
    {
        lock (Gate)
        {
            writer ??= Open();
            writer.WriteLine($"{DateTime.Now:HH:mm:ss.fff} {Secrets.Redact(line)}");
        }
    }

    static StreamWriter Open()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        foreach (var old in Directory.GetFiles(System.IO.Path.GetDirectoryName(Path)!, "picluster-*.log").Order().SkipLast(Kept - 1))
            File.Delete(old);
        return new StreamWriter(Path, append: true) { AutoFlush = true };
    }

    // $XDG_STATE_HOME/picluster/logs, as the XDG base directory spec places logs.
    static string Folder()
    {
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME") is { Length: > 0 } xdg
            ? xdg
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        return System.IO.Path.Combine(state, "picluster", "logs");
    }
}

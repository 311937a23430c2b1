namespace PiCluster.Cli;

/// <summary>A one-line spinner on stderr naming the hosts still being worked on; only when stderr is a terminal.</summary>
public sealed class TerminalStatus : IDisposable
{
    public static readonly Lock Gate = new();
    static readonly string[] Frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
    static bool shown;

    readonly string verb;
    readonly List<string> pending;
    readonly int total;
    readonly Timer timer;
    int frame;

    public TerminalStatus(string verb, IEnumerable<string> hosts)
    {
        this.verb = verb;
        pending = [.. hosts];
        total = pending.Count;
        timer = new Timer(_ => Draw(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    public static bool Enabled => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");

    public void Done(string host)
    {
        lock (Gate) pending.Remove(host);
        Draw();
    }

    /// <summary>Erases the spinner so a prompt or a result line can be written; the next tick draws it again.</summary>
    public static void ClearLine()
    {
        if (!shown) return;
        Console.Error.Write("\r\e[2K");
        shown = false;
    }

    void Draw()
    {
        lock (Gate)
        {
            if (pending.Count == 0) { ClearLine(); return; }
            var names = string.Join(' ', pending.Take(6)) + (pending.Count > 6 ? " …" : "");
            var line = $"{Frames[frame++ % Frames.Length]} {verb} {total - pending.Count}/{total} done; waiting for {names}";
            var width = Console.WindowWidth > 0 ? Console.WindowWidth : 80;
            Console.Error.Write("\r\e[2K" + (line.Length >= width ? line[..(width - 2)] + "…" : line));
            shown = true;
        }
    }

    public void Dispose()
    {
        timer.Dispose();
        lock (Gate) ClearLine();
    }
}

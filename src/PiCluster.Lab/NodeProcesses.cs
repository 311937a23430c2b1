namespace PiCluster.Lab;

/// <summary>
/// The processes of one simulated Pi: every process that shares both namespaces its sshd was started in
/// (the listener, its sessions, and whatever they run).
/// </summary>
public sealed record NodeProcesses(string UtsNamespace, string MountNamespace)
{
    public static NodeProcesses Of(int pid) => new(Namespace(pid, "uts") ?? "", Namespace(pid, "mnt") ?? "");

    /// <summary>
    /// The live processes in both namespaces, if those namespaces are still this node's: the kernel reuses a dead
    /// namespace's number, so a number recorded before a power cut may by now name another lab's node. The node's
    /// own mount namespace is recognised by its /etc overlay on <paramref name="nodeDir"/>.
    /// </summary>
    List<int> Find(string nodeDir)
    {
        var pids = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId) continue;
            if (Namespace(pid, "uts") == UtsNamespace && Namespace(pid, "mnt") == MountNamespace && IsAlive(pid))
                pids.Add(pid);
        }
        // Read from the first process still there: a short-lived one (a shell's `sleep 1`) may be gone already.
        var mounts = pids.Select(MountsOf).FirstOrDefault(m => m.Length > 0) ?? "";
        return mounts.Contains($"upperdir={nodeDir}/etc,", StringComparison.Ordinal) ? pids : [];
    }

    /// <summary>
    /// Signals every process of the node, and again those that appeared meanwhile, until none does: a process forked
    /// while the signal went out (a shell's `sleep 1`) would otherwise escape a power cut or a hang. Returns them all.
    /// </summary>
    public async Task<IReadOnlyList<int>> SignalAllAsync(string nodeDir, string signal)
    {
        var signalled = new HashSet<int>();
        for (var round = 0; round < 10; round++)
        {
            var appeared = Find(nodeDir).Where(pid => !signalled.Contains(pid)).ToList();
            if (appeared.Count == 0) break;
            await SignalAsync(appeared, signal);
            signalled.UnionWith(appeared);
        }
        return [.. signalled];
    }

    static string MountsOf(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/mountinfo"); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }

    /// <summary>
    /// Continues every process of the node. sudo stops itself when it sees the command it runs stopped (as it passes on
    /// a Ctrl-Z), and may see that only once it is continued itself; it would then stay stopped while its command goes on,
    /// and never return. So processes found stopped are continued again until none has been for a few checks.
    /// </summary>
    public async Task ContinueAllAsync(string nodeDir)
    {
        await SignalAllAsync(nodeDir, "CONT");
        for (var (quiet, round) = (0, 0); quiet < 3 && round < 100; round++)
        {
            await Task.Delay(20);
            var stopped = Find(nodeDir).Where(IsStopped).ToList();
            quiet = stopped.Count == 0 ? quiet + 1 : 0;
            await SignalAsync(stopped, "CONT");
        }
    }

    static bool IsStopped(int pid) => State(pid)?.Contains("(stopped)", StringComparison.Ordinal) == true;

    static string? State(int pid)
    {
        try { return File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal)); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    public static bool IsAlive(int pid) =>
        State(pid) is { } state && !state.Contains("zombie", StringComparison.Ordinal) && !state.Contains("dead", StringComparison.Ordinal);

    public static async Task SignalAsync(IEnumerable<int> pids, string signal)
    {
        var list = pids.Select(p => p.ToString()).ToList();
        if (list.Count > 0) await LocalProcess.RunAsync("kill", ["-" + signal, .. list]);
    }

    static string? Namespace(int pid, string kind)
    {
        try { return new FileInfo($"/proc/{pid}/ns/{kind}").LinkTarget; }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}

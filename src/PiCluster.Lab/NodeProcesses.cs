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
    public IReadOnlyList<int> Find(string nodeDir)
    {
        var pids = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId) continue;
            if (Namespace(pid, "uts") == UtsNamespace && Namespace(pid, "mnt") == MountNamespace && IsAlive(pid))
                pids.Add(pid);
        }
        return pids.Count > 0 && MountsOf(pids[0]).Contains($"upperdir={nodeDir}/etc,", StringComparison.Ordinal) ? pids : [];
    }

    static string MountsOf(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/mountinfo"); }
        catch (IOException) { return ""; }
        catch (UnauthorizedAccessException) { return ""; }
    }

    public static bool IsAlive(int pid)
    {
        try
        {
            var state = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal));
            return state is not null && !state.Contains("zombie", StringComparison.Ordinal) && !state.Contains("dead", StringComparison.Ordinal);
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }

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

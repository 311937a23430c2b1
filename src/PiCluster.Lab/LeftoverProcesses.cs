namespace PiCluster.Lab;

/// <summary>
/// The lab's own processes outside the nodes' sessions, also those a crashed run left: the supervisor
/// (`lab supervise --dir DIR`), every node's sshd and delay relay (their files are under DIR/nodes/), and a node
/// still booting, which names its folder only in NODE_DIR. A listening sshd retitles itself ("sshd: /usr/sbin/sshd -f
/// DIR/nodes/pi-01/sshd_config … [listener] …"), which overwrites both its arguments and its environment. A command that merely uses the lab, such as
/// `picluster up -i DIR/inventory.yaml` or `ssh -F DIR/client/ssh_config`, is not one of them.
/// </summary>
public static class LeftoverProcesses
{
    /// <summary>Kills them until none is left, so that a process forked during one pass is caught by the next.</summary>
    public static async Task KillAsync(string labDir)
    {
        for (var pass = 0; pass < 10; pass++)
        {
            var pids = Find(labDir);
            if (pids.Count == 0) return;
            await NodeProcesses.SignalAsync(pids, "KILL");
            var deadline = DateTime.UtcNow.AddSeconds(5);
            while (pids.Any(NodeProcesses.IsAlive) && DateTime.UtcNow < deadline) await Task.Delay(10);
        }
        throw new LabException($"processes of the lab in {labDir} keep starting; find them with: grep -l {labDir} /proc/*/cmdline");
    }

    static List<int> Find(string labDir)
    {
        var nodes = Path.Combine(labDir, "nodes") + "/";
        var pids = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId) continue;
            var args = Read(Path.Combine(entry, "cmdline"));
            if (args.Any(a => a.StartsWith(nodes, StringComparison.Ordinal) || IsRetitledSshd(a, nodes)) || IsSupervisor(args, labDir)
                || Read(Path.Combine(entry, "environ")).Any(v => v.StartsWith("NODE_DIR=" + nodes, StringComparison.Ordinal)))
            {
                pids.Add(pid);
            }
        }
        return pids;
    }

    static bool IsRetitledSshd(string title, string nodes) =>
        title.StartsWith("sshd: ", StringComparison.Ordinal) && title.Contains(" " + nodes, StringComparison.Ordinal);

    static bool IsSupervisor(string[] args, string labDir) =>
        args.Contains("supervise") && args.SkipWhile(a => a != "--dir").Skip(1).FirstOrDefault() is { } dir
        && Path.TrimEndingDirectorySeparator(dir) == labDir;

    static string[] Read(string procFile)
    {
        try { return File.ReadAllText(procFile).Split('\0'); }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
    }
}

namespace PiCluster.Lab;

/// <summary>Processes a crashed run may have left: anything whose command line names the lab's folder.</summary>
public static class LeftoverProcesses
{
    public static async Task KillAsync(string labDir)
    {
        var pids = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId) continue;
            try
            {
                var args = File.ReadAllText(Path.Combine(entry, "cmdline")).Split('\0');
                if (args.Any(a => a == labDir || a.StartsWith(labDir + "/", StringComparison.Ordinal))) pids.Add(pid);
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        await NodeProcesses.SignalAsync(pids, "KILL");
    }
}

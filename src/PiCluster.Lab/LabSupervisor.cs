namespace PiCluster.Lab;

/// <summary>
/// The one lab process that lives outside the nodes. A node cannot reboot itself from inside its own
/// namespaces, so its `reboot` and `shutdown` leave a request file that this loop carries out.
/// </summary>
public static class LabSupervisor
{
    public const string RequestFile = "power-request";

    public static async Task RunAsync(LabPaths paths, CancellationToken ct = default)
    {
        await File.WriteAllTextAsync(PidFile(paths), Environment.ProcessId.ToString(), ct);
        var running = new List<Task>();
        while (!ct.IsCancellationRequested && File.Exists(paths.Settings))
        {
            var lab = LabJson.ReadSettings(paths);
            foreach (var node in lab.Nodes)
            {
                var request = Path.Combine(paths.NodeDir(node.Name), RequestFile);
                if (!File.Exists(request)) continue;
                var what = (await File.ReadAllTextAsync(request, ct)).Trim();
                File.Delete(request);
                var control = new NodeControl(paths, lab);
                running.Add(what == "reboot" ? control.RebootAsync(node, fromNode: true, ct) : control.StopAsync(node.Name));
            }
            running.RemoveAll(t => t.IsCompleted);
            await Task.Delay(50, ct);
        }
    }

    public static void EnsureRunning(LabPaths paths, string cliPath)
    {
        if (IsRunning(paths)) return;
        File.Delete(PidFile(paths));
        LocalProcess.StartDetached(cliPath, ["lab", "supervise", "--dir", paths.Dir]);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!File.Exists(PidFile(paths)) && DateTime.UtcNow < deadline) Thread.Sleep(20);
        if (!File.Exists(PidFile(paths))) throw new LabException("the lab supervisor (which carries out reboots) did not start");
    }

    static bool IsRunning(LabPaths paths) =>
        File.Exists(PidFile(paths)) && int.TryParse(File.ReadAllText(PidFile(paths)).Trim(), out var pid) && NodeProcesses.IsAlive(pid);

    static string PidFile(LabPaths paths) => Path.Combine(paths.Dir, "supervisor.pid");
}

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
        await File.WriteAllTextAsync(PidPath(paths), Environment.ProcessId.ToString(), ct);
        var running = new List<Task>();
        LabSettings? lab = null;
        var read = DateTime.MinValue;
        while (!ct.IsCancellationRequested && File.Exists(paths.Settings))
        {
            // lab.json changes only when the lab grows or its delays change; the loop looks for requests every 50 ms.
            if (File.GetLastWriteTimeUtc(paths.Settings) is var written && (lab is null || written != read))
            {
                lab = LabJson.ReadSettings(paths);
                read = written;
            }
            foreach (var node in lab.Nodes)
            {
                var request = Path.Combine(paths.NodeDir(node.Name), RequestFile);
                if (!File.Exists(request)) continue;
                var what = (await File.ReadAllTextAsync(request, ct)).Trim();
                // Empty: a writer that did not rename its request into place is not done yet.
                if (what.Length == 0) continue;
                File.Delete(request);
                var control = new NodeControl(paths, lab);
                running.Add(Logged(paths, node.Name, what, what == "reboot" ? control.RebootAsync(node, fromNode: true, ct) : control.StopAsync(node.Name)));
            }
            running.RemoveAll(t => t.IsCompleted);
            await Task.Delay(50, ct);
        }
    }

    /// <summary>A reboot that fails leaves its node off; supervisor.log in the lab folder says why.</summary>
    static async Task Logged(LabPaths paths, string node, string what, Task work)
    {
        try
        {
            await work;
        }
        catch (Exception e) when (e is LabException or IOException)
        {
            await File.AppendAllTextAsync(Path.Combine(paths.Dir, "supervisor.log"), $"{DateTime.UtcNow:O} {node} {what}: {e.Message}\n");
        }
    }

    /// <summary>Starts the supervisor unless it runs; it reads lab.json, so that must exist.</summary>
    public static void Start(LabPaths paths, string cliPath)
    {
        if (PidFile.IsAlive(PidPath(paths))) return;
        File.Delete(PidPath(paths));
        LocalProcess.StartDetached(cliPath, ["lab", "supervise", "--dir", paths.Dir]);
    }

    public static void WaitUntilRunning(LabPaths paths)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!File.Exists(PidPath(paths)) && DateTime.UtcNow < deadline) Thread.Sleep(20);
        if (!File.Exists(PidPath(paths))) throw new LabException("the lab supervisor (which carries out reboots) did not start");
    }

    static string PidPath(LabPaths paths) => Path.Combine(paths.Dir, "supervisor.pid");
}

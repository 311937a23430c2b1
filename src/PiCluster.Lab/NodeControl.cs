namespace PiCluster.Lab;

/// <summary>Power and network of the simulated Pis: start, stop (power cut), pause (hang), reboot, delay.</summary>
public sealed class NodeControl(LabPaths paths, LabSettings lab)
{
    static readonly string[] MountPoints = ["/snap", "/var/snap", "/boot/firmware"];
    // Generous: on a loaded 2-core machine with several labs booting at once, sshd can take seconds to write its pid.
    static readonly TimeSpan ListenerWait = TimeSpan.FromSeconds(30);

    public bool IsRunning(string node) => ListenerPid(node) is { } pid && NodeProcesses.IsAlive(pid)
        && File.ReadAllText($"/proc/{pid}/cmdline").Contains(paths.NodeDir(node), StringComparison.Ordinal);

    public async Task StartAsync(LabNode node, CancellationToken ct = default)
    {
        if (IsRunning(node.Name)) { SetPower(node.Name, "on"); return; }
        await KillAsync(node.Name);
        foreach (var dir in MountPoints) Directory.CreateDirectory(dir);
        Directory.CreateDirectory("/run/sshd");
        BootFiles.Write(paths, node);
        File.WriteAllText(Path.Combine(paths.NodeDir(node.Name), "sshd_config"),
            SshdConfig.Text(node.Address, lab.Port, paths.NodeDir(node.Name), lab.PasswordLogin));
        var logged = LogLines(node.Name).Count;
        var pid = await BootAsync(node, ct);
        // The address can be held for a moment by a process that is going away (a lab on this network being taken
        // down): when nothing holds it any more, booting again finds it free.
        for (var retry = 0; pid is null && retry < 3 && BindError(node.Name, logged).Contains("Address already in use", StringComparison.Ordinal) && Holder(node).Length == 0; retry++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            logged = LogLines(node.Name).Count;
            pid = await BootAsync(node, ct);
        }
        if (pid is null)
        {
            var why = $"{string.Join(' ', LogLines(node.Name).Skip(logged).Where(IsProblem))}{Holder(node)}".Trim();
            throw new LabException($"{node.Name} did not start: {(why.Length > 0 ? why : $"its sshd wrote no pid file within {ListenerWait.TotalSeconds:0} s (is the machine overloaded?)")}");
        }
        var processes = NodeProcesses.Of(pid.Value);
        File.WriteAllLines(NamespacesFile(node.Name), [processes.UtsNamespace, processes.MountNamespace]);
        SetPower(node.Name, "on");
    }

    /// <summary>Like pulling the plug: every process of the node dies at once, open sessions drop.</summary>
    public async Task StopAsync(string node)
    {
        await KillAsync(node);
        SetPower(node, "off");
    }

    public async Task PauseAsync(string node)
    {
        await SignalAllAsync(node, "STOP");
        SetPower(node, "paused");
    }

    public async Task ResumeAsync(string node)
    {
        if (Namespaces(node) is { } processes) await processes.ContinueAllAsync(paths.NodeDir(node));
        SetPower(node, "on");
    }

    /// <summary>Cuts the node, waits the lab's reboot delay, boots it again (cmdline.txt is read anew). A node whose power
    /// was cut meanwhile (stop-node) stays off.</summary>
    public async Task RebootAsync(LabNode node, bool fromNode, CancellationToken ct = default)
    {
        SetPower(node.Name, "rebooting");
        // Let the `reboot` command's own session answer before the node goes down, as systemd does.
        if (fromNode) await Task.Delay(300, ct);
        if (!IsRebooting(node.Name)) return;
        await KillAsync(node.Name);
        SetPower(node.Name, "rebooting");
        await Task.Delay(lab.Delays.RebootMs, ct);
        if (IsRebooting(node.Name)) await StartAsync(node, ct);
    }

    bool IsRebooting(string node) => File.Exists(paths.Power(node)) && File.ReadAllText(paths.Power(node)).Trim() == "rebooting";

    /// <summary>
    /// Puts a relay adding <paramref name="delayMs"/> each way in front of the node (0 removes it). The node's
    /// sshd moves to an inner address; open sessions survive, new connections go through the relay.
    /// </summary>
    public async Task DelayAsync(LabNode node, int delayMs, string cliPath)
    {
        if (!IsRunning(node.Name)) throw new LabException($"{node.Name} is not running; start it first (lab start-node {node.Name})");
        var old = ListenerPid(node.Name)!.Value;
        var address = delayMs > 0 ? InnerAddress(node.Address) : node.Address;
        await DelayProxy.StopAsync(paths, node.Name);
        var config = Path.Combine(paths.NodeDir(node.Name), "sshd_config");
        File.WriteAllText(config, SshdConfig.Text(address, lab.Port, paths.NodeDir(node.Name), lab.PasswordLogin));
        File.Delete(PidPath(node.Name));
        (await LocalProcess.RunAsync("nsenter", ["--target", old.ToString(), "--mount", "--uts", "--", "/usr/sbin/sshd", "-f", config, "-E", Path.Combine(paths.NodeDir(node.Name), "sshd.log")]))
            .OrThrow($"restarting sshd of {node.Name}");
        if (await WaitForListenerAsync(node.Name, CancellationToken.None) is null) throw new LabException($"sshd of {node.Name} did not come back");
        // KILL, not TERM: a terminated sshd removes the pid file the new listener just wrote.
        await NodeProcesses.SignalAsync([old], "KILL");
        if (delayMs > 0)
        {
            DelayProxy.Start(paths, node.Name, cliPath, new(System.Net.IPAddress.Parse(node.Address), lab.Port),
                new(System.Net.IPAddress.Parse(address), lab.Port), delayMs);
        }
    }

    /// <summary>127.77.x.y becomes 127.78.x.y: still loopback, never the node's public address.</summary>
    static string InnerAddress(string address)
    {
        var octets = address.Split('.');
        return $"{octets[0]}.{int.Parse(octets[1]) + 1}.{octets[2]}.{octets[3]}";
    }

    async Task KillAsync(string node)
    {
        await DelayProxy.StopAsync(paths, node);
        var pids = (await SignalAllAsync(node, "KILL")).ToList();
        if (IsRunning(node) && ListenerPid(node) is { } listener && !pids.Contains(listener))
        {
            await NodeProcesses.SignalAsync([listener], "KILL");
            pids.Add(listener);
        }
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (pids.Any(NodeProcesses.IsAlive) && DateTime.UtcNow < deadline) await Task.Delay(10);
        File.Delete(PidPath(node));
        if (!pids.Any(NodeProcesses.IsAlive)) File.Delete(NamespacesFile(node));
    }

    async Task<IReadOnlyList<int>> SignalAllAsync(string node, string signal) =>
        Namespaces(node) is { } processes ? await processes.SignalAllAsync(paths.NodeDir(node), signal) : [];

    NodeProcesses? Namespaces(string node)
    {
        var lines = File.Exists(NamespacesFile(node)) ? File.ReadAllLines(NamespacesFile(node)) : [];
        return lines.Length == 2 ? new NodeProcesses(lines[0], lines[1]) : null;
    }

    // sshd's parent returns once the socket is bound; the daemon writes its pid file a moment later.
    async Task<int?> WaitForListenerAsync(string node, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + ListenerWait;
        while (ListenerPid(node) is null && DateTime.UtcNow < deadline) await Task.Delay(5, ct);
        return ListenerPid(node);
    }

    int? ListenerPid(string node) => PidFile.Read(PidPath(node));

    void SetPower(string node, string state) => File.WriteAllText(paths.Power(node), state + "\n");

    string PidPath(string node) => Path.Combine(paths.NodeDir(node), "sshd.pid");

    string NamespacesFile(string node) => Path.Combine(paths.NodeDir(node), "namespaces");

    /// <summary>Who already listens on the node's address and port, when something does.</summary>
    string Holder(LabNode node) =>
        TcpListeners.Now().FirstOrDefault(l => l.Address.ToString() == node.Address && l.Port == lab.Port) is { } taken
            ? $" ({node.Address}:{lab.Port} is held by {TcpListeners.Owner(taken)})"
            : "";

    /// <summary>The node's boot script and sshd; the listener's pid, or null when sshd did not come up.</summary>
    async Task<int?> BootAsync(LabNode node, CancellationToken ct)
    {
        var boot = Path.Combine(AppContext.BaseDirectory, "lab-node", "boot.sh");
        var result = await LocalProcess.RunAsync("unshare", ["--uts", "--mount", "--propagation", "private", "--", "sh", boot],
            env: new Dictionary<string, string> { ["NODE_DIR"] = paths.NodeDir(node.Name) }, ct: ct);
        if (result.ExitCode == 0) return await WaitForListenerAsync(node.Name, ct);
        File.AppendAllText(SshdLog(node.Name), result.StdErr);
        return null;
    }

    /// <summary>sshd's line about a failed bind since line <paramref name="from"/>: "Bind to port 22 on 127.77.0.1 failed: Address already in use."</summary>
    string BindError(string node, int from) =>
        LogLines(node).Skip(from).FirstOrDefault(l => l.Contains("Bind to port", StringComparison.Ordinal))?.Trim() ?? "";

    /// <summary>The lines of a failed start worth showing: sshd's errors and the boot script's.</summary>
    static bool IsProblem(string line) => !line.StartsWith("Server listening", StringComparison.Ordinal) && line.Trim().Length > 0;

    List<string> LogLines(string node) => File.Exists(SshdLog(node)) ? [.. File.ReadLines(SshdLog(node))] : [];

    string SshdLog(string node) => Path.Combine(paths.NodeDir(node), "sshd.log");
}

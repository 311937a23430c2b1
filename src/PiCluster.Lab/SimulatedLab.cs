namespace PiCluster.Lab;

/// <summary>Creates, grows, inspects and removes a lab of simulated Pis in one folder.</summary>
public sealed class SimulatedLab(LabPaths paths, string cliPath)
{
    const int MaxNodes = 254;

    public async Task<LabSettings> UpAsync(LabUpOptions options, CancellationToken ct = default)
    {
        LabRequirements.Check();
        if (options.Nodes is < 1 or > MaxNodes) throw new LabException($"--nodes must be between 1 and {MaxNodes}, got {options.Nodes}");
        foreach (var disk in options.Disks.Where(d => !Enumerable.Range(1, options.Nodes).Any(i => $"pi-{i:00}" == d.Node)))
            throw new LabException($"--disk {disk.Node}:{disk.Id}: the lab has no node {disk.Node} (with --nodes {options.Nodes}: pi-01..pi-{options.Nodes:00})");
        if (options.MicroCephRevision is { } revision) MicroCephBuild.ServedSquid(revision);
        LabFolder.MakeReachable(paths.Dir);
        var lab = File.Exists(paths.Settings) ? LabJson.ReadSettings(paths) : await CreateAsync(options, ct);
        if (options.Nodes < lab.Nodes.Count)
            throw new LabException($"the lab in {paths.Dir} has {lab.Nodes.Count} nodes; `lab up` only adds nodes (use `lab down` to start over)");
        var added = Enumerable.Range(lab.Nodes.Count + 1, options.Nodes - lab.Nodes.Count)
            .Select(i => NewNode(lab.Network, i, options)).ToList();
        lab = lab with { Nodes = [.. lab.Nodes, .. added], Delays = options.Delays ?? lab.Delays, MicroCephRevision = options.MicroCephRevision ?? lab.MicroCephRevision };
        LabSupervisor.Start(paths, cliPath);
        InstallSimulator();
        var image = new PiImage(paths, lab);
        await Parallel.ForEachAsync(added, Parallelism(ct), async (node, token) => await image.FlashAsync(node, token));
        foreach (var node in lab.Nodes.Where(n => added.Contains(n) || options.Disks.Any(d => d.Node == n.Name)))
            NodeDisks.Attach(paths, node, options.Disks);
        LabJson.WriteSettings(paths, lab);
        ClientFiles.Write(paths, lab);
        var control = new NodeControl(paths, lab);
        await Parallel.ForEachAsync(lab.Nodes, Parallelism(ct), async (node, token) => await control.StartAsync(node, token));
        LabSupervisor.WaitUntilRunning(paths);
        return lab;
    }

    public async Task DownAsync()
    {
        if (!File.Exists(paths.Settings) && !Directory.Exists(Path.Combine(paths.Dir, "nodes")))
        {
            if (Directory.Exists(paths.Dir)) throw new LabException($"{paths.Dir} is not a lab folder (no lab.json, no nodes/); nothing removed");
            return;
        }
        LabSettings? lab = null;
        try { lab = LabJson.ReadSettings(paths); }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException) { }
        var nodes = Directory.Exists(Path.Combine(paths.Dir, "nodes")) ? Directory.GetDirectories(Path.Combine(paths.Dir, "nodes")).Select(Path.GetFileName).OfType<string>() : [];
        // The supervisor goes first: a reboot it is carrying out would otherwise start a node again after its stop.
        await LeftoverProcesses.KillAsync(paths.Dir);
        var control = new NodeControl(paths, lab ?? new LabSettings { Network = "", Port = 22, Nodes = [] });
        foreach (var node in nodes) await control.StopAsync(node);
        if (lab is not null) NetworkClaim.Release(paths.Dir, lab.Network);
        Directory.Delete(paths.Dir, recursive: true);
    }

    public IReadOnlyList<LabNodeStatus> Status()
    {
        if (!File.Exists(paths.Settings)) throw new LabException($"no lab in {paths.Dir}; start one with `picluster lab up --dir {paths.Dir}`");
        var lab = LabJson.ReadSettings(paths);
        var control = new NodeControl(paths, lab);
        return lab.Nodes.Select(n =>
        {
            var power = LabJson.ReadPower(paths, n.Name);
            if (power is "on" or "paused" && !control.IsRunning(n.Name)) power = "crashed";
            var hostname = File.ReadAllText(Path.Combine(paths.NodeDir(n.Name), "etc", "hostname")).Trim();
            var delay = DelayProxy.IsRunning(paths, n.Name) ? DelayProxy.DelayMs(paths, n.Name) : null;
            return new LabNodeStatus(n.Name, n.Address, lab.Port, power, hostname, n.MemoryGb, delay);
        }).ToList();
    }

    async Task<LabSettings> CreateAsync(LabUpOptions options, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(paths.ClientKey)!);
        Directory.CreateDirectory(paths.Cluster);
        File.SetUnixFileMode(paths.Cluster, (UnixFileMode)0b111_111_111);
        (await LocalProcess.RunAsync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "picluster-lab", "-f", paths.ClientKey], ct: ct))
            .OrThrow("ssh-keygen for the client key");
        var lab = new LabSettings
        {
            Network = NetworkClaim.Claim(paths.Dir),
            Port = options.Port,
            Nodes = [],
            Delays = options.Delays ?? new LabDelays(),
            Password = options.Password,
            ClientKeyInstalled = options.ClientKeyInstalled,
            SudoNeedsPassword = options.SudoNeedsPassword,
        };
        LabJson.WriteSettings(paths, lab);
        return lab;
    }

    static LabNode NewNode(string network, int index, LabUpOptions options)
    {
        var name = $"pi-{index:00}";
        return new LabNode(name, index, $"{network}.{index}", options.FourGbNodes.Contains(name) ? 4 : 8, options.MemoryCgroupOnNodes.Contains(name));
    }

    void InstallSimulator()
    {
        var source = Environment.GetEnvironmentVariable("PICLUSTER_SIM") ?? Path.Combine(AppContext.BaseDirectory, "picluster-sim");
        if (!File.Exists(source)) throw new LabException($"the simulator {source} is missing; run the lab from a clone (./picluster) or from a release's lab bundle (picluster-lab-VERSION-RID.tar.gz), or set PICLUSTER_SIM");
        Directory.CreateDirectory(paths.Bin);
        var temp = paths.Simulator + ".new";
        File.Copy(source, temp, overwrite: true);
        File.Move(temp, paths.Simulator, overwrite: true);
    }

    static ParallelOptions Parallelism(CancellationToken ct) => new() { MaxDegreeOfParallelism = 8, CancellationToken = ct };
}

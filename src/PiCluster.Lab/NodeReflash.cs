namespace PiCluster.Lab;

/// <summary>
/// `lab reflash-node`: the Pi gets a fresh SD card image at the same address. It is powered off, everything of its OS goes
/// (hostname, host key, snaps, /etc/hosts, cmdline.txt, the simulator's records of the node) and is written again as `lab up`
/// writes it; its disks stay plugged in with their data unless wiped. What the other Pis' clusters hold about it is left alone.
/// </summary>
public sealed class NodeReflash(LabPaths paths, LabSettings lab)
{
    /// <summary>The disks (they are not on the SD card) and the lab's own logs of the node.</summary>
    static readonly string[] Kept = ["block-devices.json", "dev", "dev-disk", "sim-calls.log", "ssh-commands.log"];

    public async Task ReflashAsync(LabNode node, bool wipeDisks, CancellationToken ct = default)
    {
        var control = new NodeControl(paths, lab);
        await control.StopAsync(node.Name);
        var dir = paths.NodeDir(node.Name);
        foreach (var entry in Directory.EnumerateFileSystemEntries(dir).Where(e => !Kept.Contains(Path.GetFileName(e))))
        {
            if (Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null) Directory.Delete(entry, recursive: true);
            else File.Delete(entry);
        }
        await new PiImage(paths, lab).FlashAsync(node, ct);
        if (wipeDisks) NodeDisks.WipeData(paths, node.Name);
        (await LocalProcess.RunAsync(paths.Simulator, ["--lab", paths.Dir, "--node", node.Name, "reflash"], ct: ct)).OrThrow($"forgetting {node.Name} in the simulator");
        await control.StartAsync(node, ct);
    }
}

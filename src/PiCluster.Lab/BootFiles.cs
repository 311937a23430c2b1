namespace PiCluster.Lab;

/// <summary>What the kernel shows at boot, decided by cmdline.txt as the Pi's firmware and kernel would.</summary>
public static class BootFiles
{
    const string WithMemory = "cpuset cpu io memory hugetlb pids rdma misc\n";
    const string WithoutMemory = "cpuset cpu io hugetlb pids rdma misc\n";

    /// <summary>The Raspberry Pi kernel turns the memory controller off unless cmdline.txt's one line enables it.</summary>
    public static bool MemoryCgroupEnabled(string cmdLineTxt, bool enabledByDefault)
    {
        var tokens = FirstLine(cmdLineTxt).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return enabledByDefault || tokens.Contains("cgroup_enable=memory") || tokens.Contains("cgroup_memory=1");
    }

    public static void Write(LabPaths paths, LabNode node)
    {
        var dir = paths.NodeDir(node.Name);
        var cmdLineTxt = File.ReadAllText(Path.Combine(paths.BootFirmware(node.Name), "cmdline.txt"));
        var memory = MemoryCgroupEnabled(cmdLineTxt, node.MemoryCgroupByDefault);
        var cmdLine = PiImageText.FirmwareCmdLinePrefix + FirstLine(cmdLineTxt).Replace("console=serial0,", "console=ttyS0,") + "\n";
        File.WriteAllText(Path.Combine(dir, "proc", "cmdline"), cmdLine);
        File.WriteAllText(Path.Combine(dir, "cgroup", "cgroup.controllers"), memory ? WithMemory : WithoutMemory);
        File.WriteAllText(Path.Combine(dir, "proc", "cgroups"), ProcCgroups(memory));
        // A fresh boot_id on every boot is how Ansible's reboot module (and anyone careful) tells that a reboot happened.
        File.WriteAllText(Path.Combine(dir, "proc", "boot_id"), Guid.NewGuid().ToString("D") + "\n");
    }

    // A kernel reads only the first line of cmdline.txt; anything after it is ignored.
    static string FirstLine(string text) => text.Split('\n')[0].Trim();

    static string ProcCgroups(bool memory)
    {
        string[] controllers = ["cpuset", "cpu", "cpuacct", "blkio", "memory", "devices", "freezer", "net_cls", "perf_event", "net_prio", "hugetlb", "pids", "rdma", "misc"];
        return "#subsys_name\thierarchy\tnum_cgroups\tenabled\n" +
               string.Concat(controllers.Select(c => $"{c}\t0\t{(c == "memory" && !memory ? 1 : 93)}\t{(c == "memory" && !memory ? 0 : 1)}\n"));
    }
}

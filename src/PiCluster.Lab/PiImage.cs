namespace PiCluster.Lab;

/// <summary>
/// Flashes one simulated Pi: writes, into the node's folder, the files a fresh Ubuntu 24.04 Pi 4 has
/// (the boot partition, /etc, the `ubuntu` user) and what its sshd needs.
/// </summary>
public sealed class PiImage(LabPaths paths, LabSettings options)
{
    const int UbuntuUid = 1000;

    public async Task FlashAsync(LabNode node, CancellationToken ct)
    {
        var dir = paths.NodeDir(node.Name);
        foreach (var sub in new[] { "etc/sudoers.d", "etc.work", "usr-bin", "usr-sbin", "snap", "var-snap", "home", "boot-firmware", "proc", "cgroup", "firmware/devicetree/base" })
            Directory.CreateDirectory(Path.Combine(dir, sub));
        await WriteEtcAsync(dir, node, ct);
        await WriteHomeAsync(dir, ct);
        WriteHardware(dir, node);
        WriteProgramsAndShims(dir, node);
        (await LocalProcess.RunAsync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", $"root@{node.Name}", "-f", Path.Combine(dir, "ssh_host_ed25519_key")], ct: ct))
    .OrThrow("ssh-keygen for the host key");
        foreach (var log in new[] { paths.SshCommands(node.Name), paths.SimulatorCalls(node.Name) })
            WorldWritable(log);
    }

    async Task WriteEtcAsync(string dir, LabNode node, CancellationToken ct)
    {
        var etc = Path.Combine(dir, "etc");
        var hash = options.Password is null ? "*" : await PasswordHashAsync(options.Password, ct);
        File.WriteAllText(Path.Combine(etc, "passwd"), WithoutUid("/etc/passwd", 2) + $"ubuntu:x:{UbuntuUid}:{UbuntuUid}:Ubuntu:/home/ubuntu:/bin/bash\n");
        File.WriteAllText(Path.Combine(etc, "group"), WithUbuntuInGroups() + $"ubuntu:x:{UbuntuUid}:\n");
        File.WriteAllText(Path.Combine(etc, "shadow"), WithoutUser("/etc/shadow", HostUserAt(UbuntuUid)) + $"ubuntu:{hash}:20000:0:99999:7:::\n");
        File.SetUnixFileMode(Path.Combine(etc, "shadow"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        File.WriteAllText(Path.Combine(etc, "sudoers"), PiImageText.Sudoers);
        var rule = options.SudoNeedsPassword ? "ubuntu ALL=(ALL:ALL) ALL\n" : "ubuntu ALL=(ALL) NOPASSWD:ALL\n";
        File.WriteAllText(Path.Combine(etc, "sudoers.d", "90-cloud-init-users"), "# Created by cloud-init v. 24.1.3-0ubuntu3 on the first boot\n\n# User rules for ubuntu\n" + rule);
        foreach (var file in new[] { "sudoers", "sudoers.d/90-cloud-init-users" })
            File.SetUnixFileMode(Path.Combine(etc, file), UnixFileMode.UserRead | UnixFileMode.GroupRead);
        File.WriteAllText(Path.Combine(etc, "hostname"), "ubuntu\n");
        File.WriteAllText(Path.Combine(etc, "hosts"), PiImageText.Hosts);
        File.WriteAllText(Path.Combine(etc, "os-release"), PiImageText.OsRelease);
        File.WriteAllText(Path.Combine(etc, "lsb-release"), PiImageText.LsbRelease);
        File.WriteAllText(Path.Combine(etc, "machine-id"), Guid.NewGuid().ToString("N") + "\n");
        // Ubuntu resolves its own hostname through systemd-resolved; myhostname does that here, so sudo stays quiet.
        File.WriteAllText(Path.Combine(etc, "nsswitch.conf"), "passwd: files\ngroup: files\nshadow: files\nhosts: files myhostname dns\nnetworks: files\n");
    }

    async Task WriteHomeAsync(string dir, CancellationToken ct)
    {
        var ssh = Path.Combine(dir, "home", "ubuntu", ".ssh");
        Directory.CreateDirectory(ssh);
        var keys = options.ClientKeyInstalled ? File.ReadAllText(paths.ClientKey + ".pub") : "";
        File.WriteAllText(Path.Combine(ssh, "authorized_keys"), keys);
        File.SetUnixFileMode(ssh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        (await LocalProcess.RunAsync("chown", ["-R", $"{UbuntuUid}:{UbuntuUid}", Path.Combine(dir, "home", "ubuntu")], ct: ct))
            .OrThrow("chown of the ubuntu home");
    }

    static void WriteHardware(string dir, LabNode node)
    {
        File.WriteAllText(Path.Combine(dir, "boot-firmware", "cmdline.txt"), PiImageText.CmdLine);
        File.WriteAllText(Path.Combine(dir, "boot-firmware", "config.txt"), PiImageText.ConfigTxt);
        File.WriteAllText(Path.Combine(dir, "proc", "cpuinfo"), PiImageText.CpuInfo(node.MemoryGb, node.Index));
        File.WriteAllText(Path.Combine(dir, "proc", "meminfo"), PiImageText.MemInfo(node.MemoryGb));
        File.WriteAllText(Path.Combine(dir, "firmware", "devicetree", "base", "model"), PiImageText.Model + "\0");
    }

    void WriteProgramsAndShims(string dir, LabNode node)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "lab-node");
        string Fill(string text) => text.Replace("@LAB_DIR@", paths.Dir).Replace("@NODE@", node.Name)
            .Replace("@NODE_DIR@", dir);
        foreach (var sub in new[] { "usr-bin", "usr-sbin" })
        {
            foreach (var shim in Directory.GetFiles(Path.Combine(source, sub)))
                Executable(Path.Combine(dir, sub, Path.GetFileName(shim)), Fill(File.ReadAllText(shim)));
        }

        Executable(Path.Combine(dir, "exec-logged"), Fill(File.ReadAllText(Path.Combine(source, "exec-logged"))));
    }

    static void Executable(string path, string text)
    {
        File.WriteAllText(path, text);
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
    }

    static void WorldWritable(string path)
    {
        File.AppendAllText(path, "");
        File.SetUnixFileMode(path, (UnixFileMode)0b110_110_110);
    }

    static async Task<string> PasswordHashAsync(string password, CancellationToken ct) =>
        (await LocalProcess.RunAsync("openssl", ["passwd", "-6", "-stdin"], stdin: password + "\n", ct: ct))
            .OrThrow("openssl passwd").StdOut.Trim();

    // The node's uid 1000 is `ubuntu`, as on a Pi; whoever has it on the lab machine is left out.
    static string WithoutUid(string file, int uidField) => string.Concat(File.ReadAllLines(file)
        .Where(l => l.Split(':').ElementAtOrDefault(uidField) != UbuntuUid.ToString())
        .Select(l => l + "\n"));

    static string? HostUserAt(int uid) => File.ReadAllLines("/etc/passwd")
        .Select(l => l.Split(':')).FirstOrDefault(f => f.Length > 2 && f[2] == uid.ToString())?[0];

    static string WithoutUser(string file, string? user) => string.Concat(File.ReadAllLines(file)
        .Where(l => user is null || !l.StartsWith(user + ":", StringComparison.Ordinal)).Select(l => l + "\n"));

    // Cloud-init puts the default user in these groups on Ubuntu's Pi image.
    static string WithUbuntuInGroups()
    {
        string[] groups = ["adm", "dialout", "cdrom", "floppy", "sudo", "audio", "dip", "video", "plugdev", "netdev", "lxd"];
        return string.Concat(File.ReadAllLines("/etc/group")
            .Where(l => l.Split(':').ElementAtOrDefault(2) != UbuntuUid.ToString())
            .Select(l =>
            {
                var f = l.Split(':');
                if (f.Length < 4 || !groups.Contains(f[0])) return l + "\n";
                return $"{f[0]}:{f[1]}:{f[2]}:{(f[3].Length == 0 ? "ubuntu" : f[3] + ",ubuntu")}\n";
            }));
    }
}

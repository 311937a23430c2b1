namespace PiCluster.Lab.Tests;

/// <summary>A lab node seen over plain ssh looks like a freshly flashed Pi 4 with Ubuntu 24.04.</summary>
public sealed class FreshPiTests
{
    [Fact]
    public async Task Looks_like_ubuntu_24_04_on_a_pi_4()
    {
        await using var lab = await TestLab.StartAsync(2, "--4gb", "pi-02");

        var facts = await lab.SshOkAsync("pi-01",
            "hostname; cat /etc/hostname; uname -m; . /etc/os-release; echo $VERSION_ID; tr -d '\\0' </sys/firmware/devicetree/base/model; echo; " +
            "wc -l </boot/firmware/cmdline.txt; grep -c cgroup_enable /boot/firmware/cmdline.txt; cat /sys/fs/cgroup/cgroup.controllers; " +
            "grep MemTotal /proc/meminfo; id -un; sudo -n id -u; timedatectl show -p NTPSynchronized --value");

        Assert.Equal(
            ["ubuntu", "ubuntu", "aarch64", "24.04", "Raspberry Pi 4 Model B Rev 1.4", "1", "0", "cpuset cpu io hugetlb pids rdma misc",
             "MemTotal:        7998716 kB", "ubuntu", "0", "yes"],
            facts.TrimEnd('\n').Split('\n'));
        Assert.Contains("3882396 kB", await lab.SshOkAsync("pi-02", "grep MemTotal /proc/meminfo"));
    }

    [Fact]
    public async Task Snap_is_where_ubuntu_has_it_and_microk8s_is_not_installed_yet()
    {
        await using var lab = await TestLab.StartAsync(1);

        var result = await lab.SshAsync("pi-01", "command -v snap; /snap/bin/microk8s status");

        Assert.Equal("/usr/bin/snap\n", result.StdOut);
        Assert.Contains("/snap/bin/microk8s: No such file or directory", result.StdErr);
        Assert.Equal(127, result.ExitCode);
    }

    [Fact]
    public async Task Each_node_has_its_own_hostname_and_files()
    {
        await using var lab = await TestLab.StartAsync(2);
        var machineHostname = File.ReadAllText("/proc/sys/kernel/hostname").Trim();

        await lab.SshOkAsync("pi-01", "sudo hostnamectl set-hostname pialpha && echo '10.0.0.2 pibeta' | sudo tee -a /etc/hosts >/dev/null");

        Assert.Equal("pialpha\npialpha\n", await lab.SshOkAsync("pi-01", "hostname; cat /etc/hostname"));
        Assert.Contains("10.0.0.2 pibeta", await lab.SshOkAsync("pi-01", "cat /etc/hosts"));
        Assert.Equal("ubuntu\nubuntu\n", await lab.SshOkAsync("pi-02", "hostname; cat /etc/hostname"));
        Assert.DoesNotContain("pibeta", await lab.SshOkAsync("pi-02", "cat /etc/hosts"));
        Assert.Equal(machineHostname, File.ReadAllText("/proc/sys/kernel/hostname").Trim());
        Assert.DoesNotContain("pibeta", File.ReadAllText("/etc/hosts"));
    }

    [Fact]
    public async Task Sed_in_place_works_on_etc_and_boot_files_as_on_a_pi()
    {
        await using var lab = await TestLab.StartAsync(1);

        await lab.SshOkAsync("pi-01", "sudo sed -i 's/^127.0.0.1 localhost$/127.0.0.1 localhost here/' /etc/hosts && sudo sed -i '1 s/$/ quiet/' /boot/firmware/cmdline.txt");

        Assert.Contains("127.0.0.1 localhost here", await lab.SshOkAsync("pi-01", "cat /etc/hosts"));
        Assert.EndsWith("fixrtc quiet\n", await lab.SshOkAsync("pi-01", "cat /boot/firmware/cmdline.txt"));
    }

    [Fact]
    public async Task Sudo_can_require_a_password_fed_through_stdin()
    {
        await using var lab = await TestLab.StartAsync(1, "--password", "pi-secret", "--sudo-needs-password");

        var withoutPassword = await lab.SshAsync("pi-01", "sudo -n true");
        var withPassword = await lab.SshAsync("pi-01", "sudo -S -p '' id -u", stdin: "pi-secret\n");
        var wrongPassword = await lab.SshAsync("pi-01", "sudo -S -p '' id -u", stdin: "wrong\n");

        Assert.NotEqual(0, withoutPassword.ExitCode);
        Assert.Contains("a password is required", withoutPassword.StdErr);
        Assert.Equal((0, "0\n"), (withPassword.ExitCode, withPassword.StdOut));
        Assert.NotEqual(0, wrongPassword.ExitCode);
    }

    [Fact]
    public async Task Records_every_command_it_is_asked_to_run()
    {
        await using var lab = await TestLab.StartAsync(1);

        await lab.SshOkAsync("pi-01", "echo one");
        await lab.SshOkAsync("pi-01", "hostname");

        var log = File.ReadAllLines(lab.NodeFile("pi-01", "ssh-commands.log"));
        Assert.Equal(["ubuntu\techo one", "ubuntu\thostname"], log.Select(l => l[(l.IndexOf('\t') + 1)..]));
    }
}

namespace PiCluster.Lab.Tests;

/// <summary>`lab up` grows a lab without touching what runs; `lab down` leaves nothing behind.</summary>
public sealed class LabLifecycleTests
{
    [Fact]
    public async Task Up_with_more_nodes_adds_fresh_pis_and_leaves_the_others_alone()
    {
        await using var lab = await TestLab.StartAsync(3);
        await lab.SshOkAsync("pi-01", "sudo hostnamectl set-hostname pialpha");
        var sshdBefore = File.ReadAllText(lab.NodeFile("pi-01", "sshd.pid"));

        var up = await lab.PiClusterAsync(["lab", "up", "--nodes", "4"]);

        Assert.Equal(0, up.ExitCode);
        Assert.Equal(sshdBefore, File.ReadAllText(lab.NodeFile("pi-01", "sshd.pid")));
        Assert.Equal("pialpha\n", await lab.SshOkAsync("pi-01", "hostname"));
        Assert.Equal("ubuntu\n", await lab.SshOkAsync("pi-04", "hostname"));
        Assert.Contains("pi-04:", File.ReadAllText(lab.Inventory));
    }

    [Fact]
    public async Task Down_leaves_no_process_claim_or_folder()
    {
        var lab = await TestLab.StartAsync(2);
        var network = File.ReadAllLines(lab.Inventory).First(l => l.Contains("ansible_host")).Split(':')[1].Trim()[..^2];

        var down = await lab.PiClusterAsync(["lab", "down"]);

        Assert.Equal(0, down.ExitCode);
        Assert.False(Directory.Exists(lab.Dir));
        Assert.Empty(ProcessesNaming(lab.Dir));
        // Another lab may claim the freed network at once; it must no longer be this lab's.
        var claim = $"/run/picluster-lab/{network}";
        Assert.False(File.Exists(claim) && File.ReadAllText(claim) == lab.Dir);
    }

    [Fact]
    public async Task Down_cleans_up_after_a_crashed_lab()
    {
        var lab = await TestLab.StartAsync(2);
        foreach (var pid in ProcessesNaming(lab.Dir)) Kill(pid);

        var down = await lab.PiClusterAsync(["lab", "down"]);

        Assert.Equal(0, down.ExitCode);
        Assert.False(Directory.Exists(lab.Dir));
        Assert.Empty(ProcessesNaming(lab.Dir));
    }

    [Fact]
    public async Task Down_stops_a_node_that_is_still_booting()
    {
        // A boot the supervisor started names its node only in NODE_DIR until it becomes the node's sshd,
        // which would then hold the node's address after the lab is gone.
        var lab = await TestLab.StartAsync(1);
        var start = new System.Diagnostics.ProcessStartInfo("sleep", "300") { UseShellExecute = false };
        start.Environment["NODE_DIR"] = Path.Combine(lab.Dir, "nodes", "pi-01");
        using var booting = System.Diagnostics.Process.Start(start)!;

        var down = await lab.PiClusterAsync(["lab", "down"]);

        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.True(booting.WaitForExit(TimeSpan.FromSeconds(5)), "the booting node outlived `lab down`");
    }

    [Fact]
    public async Task Down_stops_a_listener_whose_records_are_gone()
    {
        // As when the supervisor dies between a node's sshd binding and the lab recording it: no pid file, no
        // namespaces, and the listener's retitled command line is the only trace.
        var lab = await TestLab.StartAsync(1);
        var address = File.ReadAllLines(lab.Inventory).First(l => l.Contains("ansible_host")).Split(':')[1].Trim();
        File.Delete(lab.NodeFile("pi-01", "sshd.pid"));
        File.Delete(lab.NodeFile("pi-01", "namespaces"));

        var down = await lab.PiClusterAsync(["lab", "down"]);

        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.Empty(ProcessesNaming(lab.Dir));
        Assert.DoesNotContain(System.Net.NetworkInformation.IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners(),
            l => l.Address.ToString() == address && l.Port == 22);
    }

    [Fact]
    public async Task Down_spares_a_command_that_only_uses_the_lab()
    {
        var lab = await TestLab.StartAsync(1);
        using var user = System.Diagnostics.Process.Start("tail", ["-f", lab.Inventory]);

        var down = await lab.PiClusterAsync(["lab", "down"]);

        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.False(user.WaitForExit(TimeSpan.FromSeconds(2)), "`lab down` killed a command that was reading the lab's inventory");
        user.Kill();
    }

    [Fact]
    public async Task A_node_whose_address_is_taken_says_which_process_holds_it()
    {
        await using var lab = await TestLab.StartAsync(1);
        var address = File.ReadAllLines(lab.Inventory).First(l => l.Contains("ansible_host")).Split(':')[1].Trim();
        await lab.PiClusterAsync(["lab", "stop-node", "pi-01"]);
        var squatter = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Parse(address), 22);
        squatter.Start();
        try
        {
            var start = await lab.PiClusterAsync(["lab", "start-node", "pi-01"]);

            Assert.Equal(1, start.ExitCode);
            Assert.Contains($"({address}:22 is held by pid {Environment.ProcessId} (", start.StdErr);
        }
        finally
        {
            squatter.Stop();
        }
    }

    [Fact]
    public async Task Down_after_a_power_cut_spares_another_lab_that_reuses_the_namespace_numbers()
    {
        // Given a lab whose node was cut, and whose records now name another lab's live node (the kernel reuses numbers)
        await using var cut = await TestLab.StartAsync(1);
        await using var other = await TestLab.StartAsync(1);
        await cut.PiClusterAsync(["lab", "stop-node", "pi-01"]);
        File.Copy(other.NodeFile("pi-01", "namespaces"), cut.NodeFile("pi-01", "namespaces"), overwrite: true);
        File.Copy(other.NodeFile("pi-01", "sshd.pid"), cut.NodeFile("pi-01", "sshd.pid"), overwrite: true);

        // When the first lab is taken down
        var down = await cut.PiClusterAsync(["lab", "down"]);

        // Then the other lab's node still answers
        Assert.True(down.ExitCode == 0, down.ToString());
        Assert.Equal("pi-01-alive", (await other.SshOkAsync("pi-01", "echo pi-01-alive")).Trim());
    }

    [Fact]
    public async Task Up_in_a_folder_only_root_may_enter_opens_it_so_the_Pis_users_can_log_in()
    {
        // Given a folder as `mktemp -d` makes it (0700)
        var dir = Directory.CreateTempSubdirectory("picluster-test-").FullName;
        try
        {
            // When
            var up = await ProcessResult.RunAsync(Repo.Launcher, ["lab", "up", "--nodes", "1", "--dir", dir]);
            var login = await ProcessResult.RunAsync("ssh", ["-F", Path.Combine(dir, "client", "ssh_config"), "-o", "BatchMode=yes", "pi-01", "hostname"]);

            // Then
            Assert.True(up.ExitCode == 0, up.ToString());
            Assert.Equal((0, "ubuntu\n"), (login.ExitCode, login.StdOut));
            Assert.True(File.GetUnixFileMode(dir).HasFlag(UnixFileMode.OtherExecute));
        }
        finally
        {
            await ProcessResult.RunAsync(Repo.Launcher, ["lab", "down", "--dir", dir]);
        }
    }

    [Fact]
    public async Task Up_under_a_folder_others_may_not_enter_refuses_naming_it_and_makes_nothing()
    {
        // Given
        var closed = Directory.CreateTempSubdirectory("picluster-closed-").FullName;
        var dir = Path.Combine(closed, "lab");

        // When
        var up = await ProcessResult.RunAsync(Repo.Launcher, ["lab", "up", "--nodes", "1", "--dir", dir]);

        // Then
        Assert.Equal(1, up.ExitCode);
        Assert.Equal($"error: the simulated Pis' users could not reach the lab in {dir}: {closed} is mode 0700 (others may not enter it); "
            + $"use a folder elsewhere (e.g. under /tmp), or `chmod o+x {closed}`\n", up.StdErr);
        Assert.False(Directory.Exists(dir));
        Directory.Delete(closed);
    }

    [Fact]
    public async Task Down_refuses_a_folder_that_is_not_a_lab()
    {
        var dir = Directory.CreateTempSubdirectory("not-a-lab").FullName;
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "precious");

        var down = await ProcessResult.RunAsync(Repo.Launcher, ["lab", "down", "--dir", dir]);

        Assert.Equal(1, down.ExitCode);
        Assert.Contains("is not a lab folder", down.StdErr);
        Assert.True(File.Exists(Path.Combine(dir, "keep.txt")));
        Directory.Delete(dir, recursive: true);
    }

    static List<int> ProcessesNaming(string dir) => Directory.EnumerateDirectories("/proc")
        .Select(p => int.TryParse(Path.GetFileName(p), out var pid) ? pid : 0)
        .Where(pid => pid > 0 && Alive(pid) && CommandLine(pid).Contains(dir, StringComparison.Ordinal))
        .ToList();

    static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline"); }
        catch (IOException) { return ""; }
    }

    static bool Alive(int pid)
    {
        try { return !File.ReadAllText($"/proc/{pid}/stat").Split(' ')[2].Equals("Z", StringComparison.Ordinal); }
        catch (IOException) { return false; }
    }

    static void Kill(int pid)
    {
        try { System.Diagnostics.Process.GetProcessById(pid).Kill(); }
        catch (ArgumentException) { }
        catch (InvalidOperationException) { }
    }
}

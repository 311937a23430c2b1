using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microk8s dbctl backup` and `restore` (day-2 reference §5), seen over plain ssh.</summary>
public sealed partial class DbctlTests
{
    const string NotHa = "Please ensure the kubernetes apiserver is running and HA is enabled.\n";

    [Fact]
    public async Task Backup_on_a_control_plane_leaves_a_gzip_tar_of_key_and_data_pairs_in_the_home()
    {
        // Given
        await using var lab = await ClusterSetup.StartAsync(1);

        // When
        var backup = await lab.SshAsync("pi-01", "sudo microk8s dbctl backup");

        // Then
        Assert.Equal(0, backup.ExitCode);
        var name = DefaultName().Match(backup.StdOut);
        Assert.True(name.Success, backup.ToString());
        var file = name.Groups[1].Value + ".tar.gz";
        Assert.Equal("root\n", await lab.SshOkAsync("pi-01", $"stat -c %U ~/{file}"));
        var members = (await lab.SshOkAsync("pi-01", $"tar tzf {file}")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(name.Groups[1].Value + "/", members[0]);
        var pairs = members.Length / 2;
        Assert.True(pairs > 10, string.Join('\n', members));
        var expected = Enumerable.Range(0, pairs).SelectMany(i => new[] { $"{i}.data", $"{i}.key" }).Order(StringComparer.Ordinal);
        Assert.Equal(expected, members.Skip(1).Select(m => m[(m.IndexOf('/') + 1)..]));
        var logLines = backup.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("level=info msg=\"starting migrator\"", logLines[0]);
        Assert.All(logLines.Skip(1), line => Assert.Matches(WritingKey(), line));
        Assert.Equal(pairs, logLines.Length - 1);
        Assert.Contains(logLines, line => line.Contains(" key=/registry/minions/pi-01 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Backup_with_o_names_the_tarball_with_or_without_its_extension()
    {
        // Given
        await using var lab = await ClusterSetup.StartAsync(1);

        // When
        var plain = await lab.SshAsync("pi-01", "sudo microk8s dbctl backup -o nightly");
        var withExtension = await lab.SshAsync("pi-01", "sudo microk8s dbctl backup -o weekly.tar.gz");

        // Then
        Assert.Equal((0, "Backing up the datastore\nThe backup is: nightly.tar.gz\n"), (plain.ExitCode, plain.StdOut));
        Assert.Equal((0, "Backing up the datastore\nThe backup is: weekly.tar.gz\n"), (withExtension.ExitCode, withExtension.StdOut));
        Assert.Equal("nightly/\n", await lab.SshOkAsync("pi-01", "tar tzf nightly.tar.gz | head -1"));
        Assert.Equal("weekly/\n", await lab.SshOkAsync("pi-01", "tar tzf weekly.tar.gz | head -1"));
    }

    [Fact]
    public async Task Restore_of_a_backup_prints_the_file_and_completes_with_exit_0()
    {
        // Given
        await using var lab = await ClusterSetup.StartAsync(1);
        await lab.SshOkAsync("pi-01", "sudo microk8s dbctl backup -o before");

        // When
        var restore = await lab.SshAsync("pi-01", "sudo microk8s dbctl restore before.tar.gz");

        // Then
        Assert.Equal((0, "Restoring from before.tar.gz\n"), (restore.ExitCode, restore.StdOut));
        Assert.Matches(Completed(), restore.StdErr);
    }

    [Fact]
    public async Task Restore_creates_the_keys_of_the_backup_and_keeps_the_keys_it_lacks()
    {
        // Given: a backup holding one key the cluster does not have
        await using var lab = await ClusterSetup.StartAsync(1);
        await lab.SshOkAsync("pi-01",
            "mkdir extra && printf /registry/configmaps/default/restored > extra/0.key && printf '{\"kind\":\"ConfigMap\"}' > extra/0.data && tar czf extra.tar.gz extra");

        // When
        var restore = await lab.SshAsync("pi-01", "sudo microk8s dbctl restore extra.tar.gz");
        await lab.SshOkAsync("pi-01", "sudo microk8s dbctl backup -o after && tar xzf after.tar.gz");

        // Then
        Assert.Equal(0, restore.ExitCode);
        Assert.EndsWith("level=info msg=\"completed database restore\" entries=1\n", restore.StdErr);
        var keys = await lab.SshOkAsync("pi-01", "cat after/*.key | tr / :");
        Assert.Contains(":registry:configmaps:default:restored", keys);
        Assert.Contains(":registry:minions:pi-01", keys);
    }

    [Fact]
    public async Task Restore_of_a_file_that_is_not_a_gzip_tar_ends_in_a_python_traceback_with_exit_1()
    {
        // Given
        await using var lab = await ClusterSetup.StartAsync(1);
        await lab.SshOkAsync("pi-01", "echo hello > notes.tar.gz");

        // When
        var restore = await lab.SshAsync("pi-01", "sudo microk8s dbctl restore notes.tar.gz");

        // Then
        Assert.Equal((1, "Restoring from notes.tar.gz\n"), (restore.ExitCode, restore.StdOut));
        Assert.StartsWith("Traceback (most recent call last):\n", restore.StdErr);
        Assert.Contains("gzip.BadGzipFile: Not a gzipped file (b'he')\n", restore.StdErr);
        Assert.EndsWith("\ntarfile.ReadError: not a gzip file\n", restore.StdErr);
    }

    [Fact]
    public async Task A_worker_refuses_with_exit_1()
    {
        // Given
        await using var lab = await ClusterSetup.StartAsync(2);
        await lab.JoinOkAsync("pi-02", "pi-01", "--worker");

        // When
        var backup = await lab.SshAsync("pi-02", "sudo microk8s dbctl backup");

        // Then
        Assert.Equal((1, "This MicroK8s deployment is acting as a node in a cluster.\nPlease use the master node.\n"),
            (backup.ExitCode, backup.StdOut));
    }

    [Fact]
    public async Task A_stopped_microk8s_has_no_datastore_socket_and_exits_10()
    {
        // Given
        await using var lab = await ClusterSetup.StartAsync(1);
        var running = await lab.SshAsync("pi-01", "test -e '/var/snap/microk8s/current/var/kubernetes/backend/kine.sock:12379'");
        await lab.SshOkAsync("pi-01", "sudo microk8s stop");

        // When
        var backup = await lab.SshAsync("pi-01", "sudo microk8s dbctl backup");

        // Then
        Assert.Equal(0, running.ExitCode);
        Assert.Equal((10, NotHa), (backup.ExitCode, backup.StdOut));
    }

    [Fact]
    public async Task Without_sudo_the_permission_check_refuses_with_exit_1()
    {
        // Given
        await using var lab = await ClusterSetup.StartAsync(1);

        // When
        var backup = await lab.SshAsync("pi-01", "/snap/bin/microk8s dbctl backup");

        // Then
        Assert.Equal(1, backup.ExitCode);
        Assert.StartsWith("Insufficient permissions to access MicroK8s.\n", backup.StdErr);
    }

    [Fact]
    public async Task Debug_after_the_subcommand_is_an_argparse_error_with_exit_2()
    {
        // Given
        await using var lab = await ClusterSetup.StartAsync(1);

        // When
        var backup = await lab.SshAsync("pi-01", "sudo microk8s dbctl backup --debug");
        var restore = await lab.SshAsync("pi-01", "sudo microk8s dbctl restore");

        // Then
        Assert.Equal((2, "usage: microk8s dbctl [-h] [--debug] {restore,backup} ...\nmicrok8s dbctl: error: unrecognized arguments: --debug\n"),
            (backup.ExitCode, backup.StdErr));
        Assert.Equal((2, "usage: microk8s dbctl restore [-h] backup-file\nmicrok8s dbctl restore: error: the following arguments are required: backup-file\n"),
            (restore.ExitCode, restore.StdErr));
    }

    [Fact]
    public async Task The_empty_backup_fault_writes_a_tarball_with_no_keys()
    {
        // Given
        await using var lab = await ClusterSetup.StartAsync(1);
        Assert.Equal(0, (await lab.PiClusterAsync(["lab", "fault", "pi-01", "add", "dbctl", "dbctl-empty"])).ExitCode);

        // When
        var backup = await lab.SshAsync("pi-01", "sudo microk8s dbctl backup -o empty");

        // Then
        Assert.Equal((0, "Backing up the datastore\nThe backup is: empty.tar.gz\n"), (backup.ExitCode, backup.StdOut));
        Assert.Equal("empty/\n", await lab.SshOkAsync("pi-01", "tar tzf empty.tar.gz"));
        Assert.True(int.Parse(await lab.SshOkAsync("pi-01", "stat -c %s empty.tar.gz")) < 300);
    }

    [GeneratedRegex(@"^Backing up the datastore\nThe backup is: (backup-\d{4}-\d\d-\d\d-\d\d-\d\d-\d\d)\.tar\.gz\n$")]
    private static partial Regex DefaultName();

    [GeneratedRegex(@"^time=""[^""]+"" level=info msg=""writing key"" index=\d+ key=/registry/\S+ len=\d+$")]
    private static partial Regex WritingKey();

    [GeneratedRegex(@"time=""[^""]+"" level=info msg=""completed database restore"" entries=\d+\n$")]
    private static partial Regex Completed();
}

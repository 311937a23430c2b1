using System.Formats.Tar;
using System.IO.Compression;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster backup` and `restore` against a lab cluster: real archives, checked, round-tripped.</summary>
public sealed class BackupTests
{
    [Fact]
    public async Task Backups_are_kept_checked_and_pruned_and_one_restores_after_the_cluster_name_is_typed()
    {
        // Given a cluster, and a backup folder that holds a file of the user's own
        await using var lab = await ClusterLab.ClusterAsync(1);
        var folder = Path.Combine(lab.Dir, "backups");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "mine", TestContext.Current.CancellationToken);

        // When three backups are taken, keeping two
        var taken = new List<ProcessResult>();
        for (var i = 0; i < 3; i++)
        {
            if (i > 0) await Task.Delay(TimeSpan.FromSeconds(1.1), TestContext.Current.CancellationToken);
            taken.Add(await lab.ToolAsync(["backup", "-i", lab.Inventory, "--dir", folder, "--keep", "2"]));
        }

        // Then each is a real archive of the datastore, the Pi keeps no copy, and the oldest is gone
        Assert.All(taken, t => Assert.True(t.ExitCode == 0, t.ToString()));
        var backups = Directory.GetFiles(folder, "picluster-*.tar.gz").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, backups.Count);
        Assert.Matches(@"^picluster-\d{4}-\d\d-\d\d-\d{6}\.tar\.gz$", Path.GetFileName(backups[0]));
        Assert.True(File.Exists(Path.Combine(folder, "notes.txt")));
        var newest = Keys(backups[1]);
        Assert.Contains("/registry/minions/pi-01", newest.Keys);
        Assert.Contains($"{backups[1]}: ", taken[2].StdOut);
        Assert.Contains($" {newest.Count} keys of the datastore of \"picluster\" (from pi-01; its copy there removed).", taken[2].StdOut);
        Assert.Contains("Removed ", taken[2].StdOut);
        Assert.Equal("", await lab.SshOkAsync("pi-01", "ls /var/tmp | grep picluster || true"));

        // When a restore is answered with another name, then with the cluster's
        var refused = await lab.ToolAsync(["restore", backups[1], "-i", lab.Inventory], stdin: "production\n");
        var restored = await lab.ToolAsync(["restore", backups[1], "-i", lab.Inventory], stdin: "picluster\n");
        var after = await lab.ToolAsync(["backup", "-i", lab.Inventory, "--dir", Path.Combine(lab.Dir, "after")]);

        // Then nothing is restored on a wrong answer; the right one writes every key back, as a backup taken afterwards shows
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"restore {backups[1]} (", refused.StdOut);
        Assert.Contains("'production' is not picluster: nothing was restored", refused.StdErr);
        Assert.True(restored.ExitCode == 0, restored.ToString());
        Assert.Contains($"Restored {newest.Count} keys into \"picluster\" through pi-01.", restored.StdOut);
        Assert.Single(lab.SimCalls("pi-01"), c => c.Contains("dbctl restore", StringComparison.Ordinal));
        Assert.True(after.ExitCode == 0, after.ToString());
        var again = Keys(Directory.GetFiles(Path.Combine(lab.Dir, "after")).Single());
        // Node objects and leases change with every heartbeat; every other key holds what the backup held.
        Assert.Superset(newest.Keys.ToHashSet(), again.Keys.ToHashSet());
        Assert.All(newest.Where(k => !k.Key.StartsWith("/registry/minions/", StringComparison.Ordinal) && !k.Key.StartsWith("/registry/leases/", StringComparison.Ordinal)),
            key => Assert.Equal(key.Value, again[key.Key]));
        Assert.Equal("", await lab.SshOkAsync("pi-01", "ls /var/tmp | grep picluster || true"));
    }

    [Fact]
    public async Task An_empty_backup_is_refused_and_not_kept()
    {
        // Given MicroK8s's empty-backup fault
        await using var lab = await ClusterLab.ClusterAsync(1);
        await lab.LabAsync("fault", "pi-01", "add", "dbctl", "dbctl-empty");
        var folder = Path.Combine(lab.Dir, "backups");

        // When
        var backup = await lab.ToolAsync(["backup", "-i", lab.Inventory, "--dir", folder]);

        // Then
        Assert.Equal(1, backup.ExitCode);
        Assert.Contains("`microk8s dbctl backup` on pi-01 wrote an archive without a single key (", backup.StdErr);
        Assert.Empty(Directory.GetFiles(folder));
        Assert.Equal("", await lab.SshOkAsync("pi-01", "ls /var/tmp | grep picluster || true"));
    }

    /// <summary>Each key of a dbctl archive (N.key) and its value (N.data).</summary>
    static Dictionary<string, string> Keys(string archive)
    {
        using var file = File.OpenRead(archive);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var files = new Dictionary<string, string>();
        while (tar.GetNextEntry() is { } entry)
            if (entry.DataStream is { } data) files[Path.GetFileName(entry.Name)] = new StreamReader(data).ReadToEnd();
        return files.Where(f => f.Key.EndsWith(".key", StringComparison.Ordinal))
            .ToDictionary(f => f.Value, f => files[f.Key.Replace(".key", ".data", StringComparison.Ordinal)]);
    }
}

using System.Text.Json;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>Every `-o json` document has the shape docs/json.md gives it: the key paths and value kinds of its example, every
/// field in its table.</summary>
public sealed class JsonContractTests(JsonContractTests.Runs runs) : IClassFixture<JsonContractTests.Runs>
{
    [Theory]
    [InlineData("ping")]
    [InlineData("copy-id")]
    [InlineData("plan")]
    [InlineData("up")]
    [InlineData("facts")]
    [InlineData("status")]
    [InlineData("upgrade")]
    public void The_json_has_the_key_paths_and_value_kinds_of_the_example_in_docs_json_md(string command)
    {
        // Given
        var doc = JsonContractDoc.Load();
        var run = runs.Of(command);
        Assert.True(run.ExitCode == 0, run.ToString());

        // When
        using var output = JsonDocument.Parse(run.StdOut);
        using var example = JsonDocument.Parse(doc.Example(command));
        var actual = doc.Shape(command, output.RootElement);
        var documented = doc.Shape(command, example.RootElement);

        // Then
        foreach (var root in new[] { output.RootElement, example.RootElement })
        {
            Assert.Equal(["schema_version", "command"], root.EnumerateObject().Take(2).Select(p => p.Name));
            Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
            Assert.Equal(command, root.GetProperty("command").GetString());
        }
        Assert.DoesNotMatch(@"\\u[0-9A-Fa-f]{4}", run.StdOut);
        Assert.True(doc.Differences(command, documented, actual) is [], string.Join("\n", doc.Differences(command, documented, actual)));
        Assert.True(doc.Undocumented(command, actual) is [], string.Join("\n", doc.Undocumented(command, actual)));
        Assert.True(doc.Undocumented(command, documented) is [], string.Join("\n", doc.Undocumented(command, documented)));
    }

    /// <summary>One lab of three Pis with an SSD each for every command, run as a user would: ping, copy-id (the key already
    /// works), plan, up (a cluster with Ceph on MicroK8s 1.34), then facts and status of that cluster, and an upgrade to 1.35 and
    /// the next Ceph release.</summary>
    public sealed class Runs : IAsyncLifetime
    {
        static readonly string[] Pis = ["pi-01", "pi-02", "pi-03"];
        static readonly string[] Commands = ["ping", "copy-id", "plan", "up", "facts", "status"];
        readonly Dictionary<string, ProcessResult> results = [];
        TestLab? lab;

        public ProcessResult Of(string command) => results[command];

        public async ValueTask InitializeAsync()
        {
            lab = await TestLab.StartAsync(3, [.. Pis.SelectMany(pi => new[] { "--disk", $"{pi}:usb-CT250MX500SSD1:250G" })]);
            var hostVars = Directory.CreateDirectory(Path.Combine(lab.Dir, "host_vars"));
            foreach (var pi in Pis)
            {
                await File.WriteAllTextAsync(Path.Combine(hostVars.FullName, pi + ".yml"), "microceph_disks: [\"/dev/disk/by-id/usb-CT250MX500SSD1-0:0\"]\n",
                    TestContext.Current.CancellationToken);
            }

            var groupVars = Directory.CreateDirectory(Path.Combine(lab.Dir, "group_vars"));
            await File.WriteAllTextAsync(Path.Combine(groupVars.FullName, "all.yml"), "microk8s_channel: 1.34/stable\n", TestContext.Current.CancellationToken);
            foreach (var command in Commands)
                results[command] = await lab.ToolAsync([command, "-i", lab.Inventory, "-o", "json"]);
            await File.WriteAllTextAsync(Path.Combine(groupVars.FullName, "all.yml"), "microk8s_channel: 1.35/stable\nmicroceph_channel: tentacle/stable\n",
                TestContext.Current.CancellationToken);
            results["upgrade"] = await lab.ToolAsync(["upgrade", "-i", lab.Inventory, "-o", "json", "--yes"]);
        }

        public async ValueTask DisposeAsync()
        {
            if (lab is not null) await lab.DisposeAsync();
        }
    }
}

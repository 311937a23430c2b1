using System.Text.Json;
using PiCluster.Lab.Tests.Simulator;

namespace PiCluster.Lab.Tests.Cli;

/// <summary>`picluster plan`/`up` on a lab, and the cluster read back over plain ssh.</summary>
public static class ClusterLab
{
    public static async Task<UpOutput> UpAsync(this TestLab lab, string inventory, params string[] options) =>
        new(await lab.ToolAsync(["up", "-i", inventory, .. options]));

    public static async Task<UpOutput> PlanAsync(this TestLab lab, string inventory, params string[] options) =>
        new(await lab.ToolAsync(["plan", "-i", inventory, .. options]));

    /// <summary>A lab of <paramref name="nodes"/> fresh Pis that one `up` has made a cluster of, then changed by <paramref name="then"/>.</summary>
    public static async Task<TestLab> ClusterAsync(int nodes, Func<TestLab, Task>? then = null)
    {
        var lab = await TestLab.StartAsync(nodes);
        try
        {
            var up = await lab.UpAsync(lab.Inventory);
            Assert.True(up.ExitCode == 0, $"the first up failed: {up}");
            if (then is not null) await then(lab);
            return lab;
        }
        catch
        {
            await lab.DisposeAsync();
            throw;
        }
    }

    public static async Task LabAsync(this TestLab lab, params string[] args)
    {
        var result = await lab.PiClusterAsync(["lab", .. args]);
        Assert.True(result.ExitCode == 0, $"lab {string.Join(' ', args)} failed: {result}");
    }

    /// <summary>host_vars/PI.yml beside the inventory, holding <paramref name="vars"/> (YAML) and nothing else.</summary>
    public static async Task HostVarsAsync(this TestLab lab, string pi, string vars)
    {
        Directory.CreateDirectory(Path.Combine(lab.Dir, "host_vars"));
        await File.WriteAllTextAsync(Path.Combine(lab.Dir, "host_vars", pi + ".yml"), vars, TestContext.Current.CancellationToken);
    }

    /// <summary>`lab up --nodes N` on the running lab, which adds pi-0N, and host_vars/pi-0N.yml beside the inventory giving it <paramref name="role"/>.</summary>
    public static async Task AddPiAsync(this TestLab lab, int number, string role)
    {
        await lab.LabAsync("up", "--nodes", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var hostVars = Directory.CreateDirectory(Path.Combine(lab.Dir, "host_vars"));
        await File.WriteAllTextAsync(Path.Combine(hostVars.FullName, ClusterSetup.Name(number) + ".yml"), $"picluster_role: {role}\n");
    }

    /// <summary>What flashing the Pi again leaves: no MicroK8s, named ubuntu, its original cmdline.txt and /etc/hosts, no cloud-init drop-in, freshly booted.
    /// The cluster's other members still list it.</summary>
    public static async Task ReflashAsync(this TestLab lab, string pi)
    {
        await lab.SshOkAsync(pi, "sudo snap remove microk8s --purge && sudo hostnamectl set-hostname ubuntu"
            + " && sudo mv /boot/firmware/cmdline.txt.picluster.bak /boot/firmware/cmdline.txt && sudo mv /etc/hosts.picluster.bak /etc/hosts"
            + " && sudo rm /etc/cloud/cloud.cfg.d/99-picluster.cfg");
        await lab.LabAsync("stop-node", pi);
        await lab.LabAsync("start-node", pi);
    }

    /// <summary>`sudo microk8s kubectl get nodes -o json` on <paramref name="controlPlane"/>.</summary>
    public static async Task<IReadOnlyList<KubeNode>> NodesAsync(this TestLab lab, string controlPlane)
    {
        using var json = JsonDocument.Parse(await lab.SshOkAsync(controlPlane, "sudo microk8s kubectl get nodes -o json"));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(item => new KubeNode(
            item.GetProperty("metadata").GetProperty("name").GetString()!,
            item.GetProperty("status").GetProperty("addresses").EnumerateArray()
                .Single(a => a.GetProperty("type").GetString() == "InternalIP").GetProperty("address").GetString()!,
            item.GetProperty("status").GetProperty("conditions").EnumerateArray()
                .Any(c => c.GetProperty("type").GetString() == "Ready" && c.GetProperty("status").GetString() == "True"),
            item.GetProperty("metadata").GetProperty("labels").TryGetProperty("node.kubernetes.io/microk8s-controlplane", out _)))];
    }

    /// <summary>The node as a user expects to see it in the cluster: its inventory name, at its lab address.</summary>
    public static KubeNode Node(this TestLab lab, string name, bool ready = true, bool controlPlane = true) =>
        new(name, lab.Address(name), ready, controlPlane);

    /// <summary>The argv of every call the node's simulator served, from DIR/nodes/NAME/sim-calls.log.</summary>
    public static IReadOnlyList<string> SimCalls(this TestLab lab, string node)
    {
        var log = lab.NodeFile(node, "sim-calls.log");
        return File.Exists(log)
            ? [.. File.ReadAllLines(log).Select(line =>
            {
                using var call = JsonDocument.Parse(line);
                return string.Join(' ', call.RootElement.GetProperty("argv").EnumerateArray().Select(a => a.GetString()));
            })]
            : [];
    }

    /// <summary>Every SSH command the node received, one line each, from DIR/nodes/NAME/ssh-commands.log.</summary>
    public static IReadOnlyList<string> SshCommands(this TestLab lab, string node)
    {
        var log = lab.NodeFile(node, "ssh-commands.log");
        return File.Exists(log) ? File.ReadAllLines(log) : [];
    }
}

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>The steps a person takes over plain ssh before clustering: distinct hostnames, microk8s installed, tokens, joins.</summary>
public static class ClusterSetup
{
    public const string Install = "sudo snap install microk8s --classic --channel=1.32/stable";

    /// <summary>A lab whose Pis have the memory cgroup on, are called pi-0N and have microk8s 1.32 installed.</summary>
    public static Task<TestLab> StartAsync(int nodes, params string[] options) =>
        StartNamedAsync(nodes, n => ["--memory-cgroup-on", n], Install, options);

    /// <summary>A lab of Pis called pi-0N, each with its own `lab up` options, renamed and given INSTALL over ssh;
    /// the lab is removed again if that fails.</summary>
    public static async Task<TestLab> StartNamedAsync(int nodes, Func<string, string[]> nodeOptions, string install, string[] options)
    {
        var names = Enumerable.Range(1, nodes).Select(Name).ToArray();
        var lab = await TestLab.StartAsync(nodes, [.. names.SelectMany(nodeOptions), .. options]);
        try
        {
            foreach (var name in names)
                await lab.SshOkAsync(name, $"sudo hostnamectl set-hostname {name} && {install}");
            return lab;
        }
        catch
        {
            await lab.DisposeAsync();
            throw;
        }
    }

    public static string Name(int index) => $"pi-{index:00}";

    /// <summary>The node's lab address, as the inventory gives it (`ansible_host`).</summary>
    public static string Address(this TestLab lab, string node)
    {
        var lines = File.ReadAllLines(lab.Inventory);
        var at = Array.FindIndex(lines, l => l.Trim() == node + ":");
        Assert.True(at >= 0, $"{node} is not in {lab.Inventory}");
        return lines[at + 1].Trim().Replace("ansible_host:", "").Trim();
    }

    /// <summary>`sudo microk8s add-node --format token-check [OPTIONS]` on the node: TOKEN/CHECK.</summary>
    public static async Task<string> TokenAsync(this TestLab lab, string node, string options = "") =>
        (await lab.SshOkAsync(node, $"sudo microk8s add-node --format token-check {options}".TrimEnd())).TrimEnd('\n');

    /// <summary>`sudo microk8s join ADDRESS:25000/TOKEN/CHECK [OPTIONS]` on the joiner.</summary>
    public static Task<ProcessResult> JoinAsync(this TestLab lab, string joiner, string target, string tokenCheck, string options = "") =>
        lab.SshAsync(joiner, $"sudo microk8s join {lab.Address(target)}:25000/{tokenCheck} {options}".TrimEnd());

    public static async Task JoinOkAsync(this TestLab lab, string joiner, string target, string options = "")
    {
        var join = await lab.JoinAsync(joiner, target, await lab.TokenAsync(target), options);
        Assert.True(join.ExitCode == 0, $"{joiner} could not join {target}: {join}");
    }
}

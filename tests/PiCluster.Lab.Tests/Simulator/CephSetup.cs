namespace PiCluster.Lab.Tests.Simulator;

/// <summary>Pis with MicroCeph, over plain ssh: distinct hostnames, `snap install microceph`, one empty USB SSD each.</summary>
public static class CephSetup
{
    public const string Install = "sudo snap install microceph --channel=squid/stable";

    /// <summary>A lab of Pis called pi-0N, each with microceph installed and an empty 250 GB SSD known by its usb- and wwn- names
    /// (see <see cref="SsdPath"/>, <see cref="SsdWwnPath"/>).</summary>
    public static Task<TestLab> StartAsync(int nodes, params string[] options) =>
        ClusterSetup.StartNamedAsync(nodes, n => ["--disk", $"{n}:{SsdId(n)},{SsdWwn(n)}:250G"], Install, options);

    public static string SsdId(string node) => $"usb-Samsung_SSD_870_EVO_250GB_S6P{node[^2..]}";

    public static string SsdWwn(string node) => $"wwn-0x5002538e400000{node[^2..]}";

    /// <summary>The SSD's usb- path: udev adds the USB bridge's LUN to the id.</summary>
    public static string SsdPath(string node) => $"/dev/disk/by-id/{SsdId(node)}-0:0";

    /// <summary>The path MicroCeph records for the SSD: of its by-id names, the one that sorts last.</summary>
    public static string SsdWwnPath(string node) => $"/dev/disk/by-id/{SsdWwn(node)}";

    /// <summary>`sudo microceph ARGS` on the node.</summary>
    public static Task<ProcessResult> MicroCephAsync(this TestLab lab, string node, string args) =>
        lab.SshAsync(node, "sudo microceph " + args);

    public static async Task<string> CephTokenAsync(this TestLab lab, string issuer, string name, string options = "") =>
        (await lab.SshOkAsync(issuer, $"sudo microceph cluster add {name} {options}".TrimEnd())).TrimEnd('\n');

    /// <summary>Bootstraps on the first node and joins the others with a token minted for each hostname.</summary>
    public static async Task FormCephAsync(this TestLab lab, params string[] nodes)
    {
        await lab.SshOkAsync(nodes[0], "sudo microceph cluster bootstrap");
        foreach (var node in nodes.Skip(1))
            await lab.SshOkAsync(node, $"sudo microceph cluster join {await lab.CephTokenAsync(nodes[0], node)}");
    }
}

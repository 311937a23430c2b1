namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s inspect`, minimal: the section headers, service lines, the memory cgroup warning, the tarball line.</summary>
public static class InspectCommand
{
    static readonly string[] Services =
        ["cluster-agent", "containerd", "kubelite", "k8s-dqlite", "apiserver-kicker"];

    public static int Run(MicroK8sContext context, Output output)
    {
        var running = context.View().Running(context.Node);
        output.Line("Inspecting system");
        output.Line("Inspecting Certificates");
        output.Line("Inspecting services");
        foreach (var service in Services)
        {
            output.Line(running
                ? $"  Service snap.microk8s.daemon-{service} is running"
                : $"\u001b[31m FAIL: \u001b[0m Service snap.microk8s.daemon-{service} is not running");
        }

        output.Lines(["  Copy service arguments to the final report tarball", "Inspecting AppArmor configuration",
            "Gathering system information", "  Copy processes list to the final report tarball",
            "  Copy disk usage information to the final report tarball", "  Copy memory usage information to the final report tarball",
            "  Copy snap list to the final report tarball", "  Copy network configuration to the final report tarball",
            "Inspecting kubernetes cluster", "  Inspect kubernetes cluster", "Inspecting dqlite", "  Inspect dqlite", ""]);
        if (!NodeEnvironment.MemoryCgroup())
        {
            output.Line("WARNING:  The memory cgroup is not enabled. ");
            output.Line("The cluster may not be functioning properly. Please ensure cgroups are enabled ");
            output.Line("See for example: https://microk8s.io/docs/install-alternatives#heading--arm ");
        }

        var revision = new FileInfo(context.Files.Current).LinkTarget ?? "current";
        output.Line("Building the report tarball");
        output.Line($"  Report tarball is at /var/snap/microk8s/{revision}/inspection-report-{DateTime.UtcNow:yyyyMMdd_HHmmss}.tar.gz");
        return running ? 0 : 1;
    }
}

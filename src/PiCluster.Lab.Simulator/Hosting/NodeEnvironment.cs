using System.Diagnostics;

namespace PiCluster.Lab.Simulator.Hosting;

/// <summary>Facts about the node this process runs in (its own UTS and mount namespace inside the lab).</summary>
public static class NodeEnvironment
{
    /// <summary>Kubernetes names a node after the lowercased hostname.</summary>
    public static string Hostname() =>
        (File.Exists("/proc/sys/kernel/hostname") ? File.ReadAllText("/proc/sys/kernel/hostname").Trim() : Environment.MachineName)
        .ToLowerInvariant();

    /// <summary>cgroup v2 without the memory controller (Pi kernels without cgroup_enable=memory); a missing file counts as fine.</summary>
    public static bool MemoryCgroup()
    {
        const string controllers = "/sys/fs/cgroup/cgroup.controllers";
        return !File.Exists(controllers)
            || File.ReadAllText(controllers).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Contains("memory");
    }

    /// <summary>A private mount namespace alone is not enough (CI sandboxes have one too): the node's /snap must also be
    /// this node's lab directory, recognised by a marker only the simulator writes there.</summary>
    public static bool InsideNode(LabPaths paths, string node)
    {
        try
        {
            var marker = Path.Combine(paths.Snap(node), ".picluster-node");
            Directory.CreateDirectory(paths.Snap(node));
            File.WriteAllText(marker, node + "\n");
            return Link("/proc/self/ns/mnt") != Link("/proc/1/ns/mnt")
                && File.Exists("/snap/.picluster-node")
                && File.ReadAllText("/snap/.picluster-node") == node + "\n";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The classic snap's configure hook runs `groupadd microk8s`; only inside a node, never on the host.</summary>
    public static void AddMicroK8sGroup(LabPaths paths, string node)
    {
        if (!InsideNode(paths, node))
            return;

        try
        {
            using var process = Process.Start(new ProcessStartInfo("groupadd", ["--force", "microk8s"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            process?.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No groupadd in the node: the permission check will simply find no such group.
        }
    }

    static string? Link(string path) => new FileInfo(path).LinkTarget;
}

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The three layouts of `microk8s status` for a running node.</summary>
public static class StatusPrinter
{
    public static void Pretty(ClusterView view, Output output)
    {
        var cluster = view.Cluster!;
        output.Line("microk8s is running");
        output.Line($"high-availability: {(HaFormed(cluster) ? "yes" : "no")}");
        output.Line($"  datastore master nodes: {Addresses(cluster, DqliteMember.Voter)}");
        output.Line($"  datastore standby nodes: {Addresses(cluster, DqliteMember.Standby)}");
        output.Line("addons:");
        var (enabled, disabled) = Split(cluster);
        output.Line("  enabled:");
        output.Lines(enabled.Select(Row));
        output.Line("  disabled:");
        output.Lines(disabled.Select(Row));
    }

    public static void Compact(ClusterView view, Output output)
    {
        output.Line("microk8s is running");
        output.Line("addons:");
        var (enabled, disabled) = Split(view.Cluster!);
        output.Lines(enabled.Select(a => $"{a.FullName}: enabled"));
        output.Lines(disabled.Select(a => $"{a.FullName}: disabled"));
    }

    public static void Yaml(ClusterView view, Output output)
    {
        output.Line("microk8s:");
        output.Line("  running: True");
        HaYaml(view, output);
        output.Line("addons:");
        var (enabled, disabled) = Split(view.Cluster!);
        foreach (var (addon, status) in enabled.Select(a => (a, "enabled")).Concat(disabled.Select(a => (a, "disabled"))))
        {
            output.Line($"  - name: {addon.Name}");
            output.Line($"    repository: {Addon.Repository}");
            output.Line($"    description: {addon.Description}");
            output.Line($"    version: {addon.Version}");
            output.Line($"    status: {status}");
        }
    }

    public static int YamlNotRunning(ClusterView view, Output output)
    {
        output.Line("microk8s:");
        output.Line("  running: False");
        HaYaml(view, output);
        output.Line($"  message: {StatusCommand.NotRunning}");
        return 1;
    }

    /// <summary>`enabled` is the ha-cluster lock (always there), not whether HA has formed.</summary>
    static void HaYaml(ClusterView view, Output output)
    {
        output.Line("high-availability:");
        output.Line("  enabled: True");
        output.Line("  nodes:");
        foreach (var member in view.Cluster?.Dqlite ?? [])
        {
            output.Line($"    - address: {member.Address}");
            output.Line($"      role: {member.RoleName}");
        }
    }

    static bool HaFormed(ClusterRecord cluster) => cluster.WithRole(DqliteMember.Voter).Count() > 2;

    static string Addresses(ClusterRecord cluster, int role)
    {
        var members = cluster.WithRole(role).Select(m => m.Address).ToList();
        return members.Count == 0 ? "none" : string.Join(' ', members);
    }

    static (List<Addon> Enabled, List<Addon> Disabled) Split(ClusterRecord cluster) =>
        (AddonCatalogue.All.Where(a => AddonCatalogue.IsEnabled(a, cluster)).ToList(),
         AddonCatalogue.All.Where(a => !AddonCatalogue.IsEnabled(a, cluster)).ToList());

    static string Row(Addon addon) => $"    {addon.Name,-20} # ({Addon.Repository}) {addon.Description}";
}

using PiCluster.Ansible;
using PiCluster.Planning;

namespace PiCluster.Cli;

/// <summary>The plan as `plan` and `up` print it: per host its steps in order, then the cluster steps in the order they run.</summary>
public static class PlanText
{
    public static void Write(Plan plan, bool apply)
    {
        if (plan.Refused)
        {
            Console.WriteLine("Nothing was changed, because:");
            foreach (var problem in plan.Problems) Line($"  - {problem}");
            return;
        }
        foreach (var host in plan.Hosts)
        {
            var title = $"{host.Name} ({host.Host.Address})";
            if (host.Host.Spec.Absent)
            {
                Line($"{title}: to leave the cluster{(host.Reachable ? "" : $" (unreachable: {host.Host.Unreachable})")}; its steps, if any, are below");
            }
            else if (!host.Reachable)
            {
                Line($"{title}: unreachable: {host.Host.Unreachable}");
            }
            else if (host.Steps.Count == 0)
            {
                Line($"{title}: {(plan.Command == "up" ? "nothing to do" : string.Join(", ", host.Passed.DefaultIfEmpty("nothing to do")))}");
            }
            else
            {
                Line($"{title}:");
                foreach (var step in host.Steps) Line($"  - {step.Describe()}");
            }
        }
        if (plan.ReadOnly.Count > 0)
            Line($"outside --limit, also reached: {string.Join(", ", plan.ReadOnly)} (the cluster's control planes: read, and asked for join tokens when a Pi joins)");
        if (plan.ClusterSteps.Count > 0)
        {
            Console.WriteLine("then, one at a time:");
            foreach (var step in plan.ClusterSteps) Line($"  - {step.Host}: {step.Describe()}");
        }
        Line(ClusterLine(plan.Cluster));
        foreach (var warning in plan.Warnings) Line($"warning: {warning}");
        var changes = plan.ChangeCount;
        var hosts = plan.ChangedHostCount;
        var noneAnswers = plan.Hosts.Count > 0 && plan.Hosts.All(h => !h.Reachable);
        Console.WriteLine(changes == 0
            ? noneAnswers ? "Nothing can be changed: no host answers." : "Nothing to change: every reachable host is as the inventory says."
            : $"{changes} change{(changes == 1 ? "" : "s")} on {hosts} host{(hosts == 1 ? "" : "s")}{(apply ? ":" : " (plan only: nothing was changed).")}");
        Console.WriteLine();
    }

    static string ClusterLine(ClusterPicture cluster)
    {
        if (cluster.Issuer is null) return $"cluster: {cluster.Blocked}";
        if (!cluster.Formed) return $"cluster: none yet; {cluster.Issuer.Name} forms it and issues the join tokens";
        return $"cluster: {cluster.Nodes.Count} nodes ({string.Join(", ", cluster.Nodes.Select(n => n.Name))}); {cluster.Issuer.Name} issues the join tokens";
    }

    // Lines quote the inventory (ansible_host, values in steps): a control character in it is shown escaped, never sent to the terminal.
    static void Line(string text) => Console.WriteLine(VisibleText.Escape(Secrets.Redact(text)));
}

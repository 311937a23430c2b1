namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph status`: one block per member, services sorted, `osd` added where the member has disks.</summary>
public static class CephStatusSummary
{
    public static int Run(MicroCephContext context, Output output)
    {
        if (context.Store.Read().ClusterOf(context.Node) is not { } cluster)
            return output.Fail(MicroCephContext.NotInitialized);

        output.Line("MicroCeph deployment summary:");
        foreach (var member in cluster.Members.OrderBy(m => m.Name, NaturalOrder.Instance))
        {
            var disks = cluster.Osds.Count(o => o.Recorded && o.Node == member.Node && o.Location == member.Name);
            var services = member.Services.Order(StringComparer.Ordinal).Concat(disks > 0 ? ["osd"] : []);
            output.Line($"- {member.Name} ({member.Ip})");
            output.Line($"  Services: {string.Join(", ", services)}");
            output.Line($"  Disks: {disks}");
        }

        return 0;
    }
}

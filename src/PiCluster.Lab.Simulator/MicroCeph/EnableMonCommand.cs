namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph enable mon [--target NAME] [--wait=BOOL]` (enable_mon.go, client SendServicePlacementReq): places a mon on the member
/// (this one by default); silent on success. Errors come as `Error: failed placing service mon: …`.</summary>
public static class EnableMonCommand
{
    const string Failed = "Error: failed placing service mon: ";

    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var rest = args.Where(a => a is not ("--wait" or "--wait=true" or "--wait=false")).ToList();
        var flags = new Flags(rest);
        var target = flags.Value("--target") ?? "";
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        if (context.Store.Read().ClusterOf(context.Node) is not { } cluster)
            return output.Fail(Failed + "Database is not yet initialized");

        var member = target == "" ? cluster.Members.FirstOrDefault(m => m.Node == context.Node) : cluster.Members.FirstOrDefault(m => m.Name == target);
        if (member is null)
            return output.Fail(Failed + $"No remote exists with the given name \"{target}\"");

        if (!context.Online(member))
            return output.Fail(Failed + MemberRequest.Unreachable(context, member, "PUT", $"/1.0/services/mon?target={member.Name}"));

        if (member.Services.Contains("mon"))
            return output.Fail(Failed + "mon service already active on host");

        context.Store.Update(state =>
        {
            var record = state.Clusters[cluster.Fsid];
            var index = record.Members.FindIndex(m => m.Name == member.Name);
            record.Members[index] = member with { Services = [.. member.Services, "mon"] };
            record.MonMapModified = DateTimeOffset.UtcNow;
            return 0;
        });
        return 0;
    }
}

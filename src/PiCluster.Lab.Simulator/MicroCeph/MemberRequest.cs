namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>What the local daemon answers when it forwards a request (microcluster UseTarget) to a member that does not answer: Go's
/// net/http error for the member's address, "no route to host" while its Pi is off, "connection refused" while its daemon is not serving.</summary>
public static class MemberRequest
{
    public static string Unreachable(MicroCephContext context, CephMember member, string method, string path)
    {
        var why = LabJson.ReadPower(context.Invocation.Paths, member.Node) == "on" ? "connection refused" : "no route to host";
        return $"{method} \"https://{member.Address}{path}\": dial tcp {member.Address}: connect: {why}";
    }
}

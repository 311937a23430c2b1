namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The server side of a join (microk8s-cluster-agent pkg/api/v2/join.go), run on the target's state under the
/// cluster lock. The checks run in the agent's order; the single-use token is gone after the first one.</summary>
public static class ClusterAgent
{
    public static JoinAnswer Join(LabPaths paths, ClusterState state, JoinRequest request, Fault? fault)
    {
        var targetFiles = new NodeFiles(paths, request.Target.Name);
        var joinerIp = request.Joiner.Address;
        if (fault is { Kind.Handled: true } && ServerSide(fault, request) is { } injected)
        {
            ClusterTokens.Burn(targetFiles, request.Token);
            return injected;
        }

        if (!ClusterTokens.Consume(targetFiles, request.Token) || state.ClusterOf(request.Target.Name) is not { } cluster)
            return JoinAnswer.Fail("Connection failed. Invalid token (500).");

        if (joinerIp == request.Target.Address)
        {
            return JoinAnswer.Fail($"Connection failed. The joining node has the same IP ({request.Target.Address}) as the node we contact (503).");
        }

        if (cluster.Dqlite.Any(m => m.Ip == joinerIp))
        {
            return JoinAnswer.Fail(
                $"Connection failed. Failed to retrieve dqlite cluster nodes: the joining node ({joinerIp}) is already known to dqlite (500).");
        }

        if (cluster.Dqlite is [{ Ip: "127.0.0.1" } only])
        {
            cluster.Dqlite[0] = only with { Address = $"{request.Target.Address}:19001" };
        }

        state.Node(request.Target.Name)!.Clustered = true;
        if (request.Worker)
            return new JoinAnswer(cluster.Id);

        // dqlite applies one membership change at a time; a second join during the first never converges (#4696).
        if (cluster.JoiningNode is { } other && other != request.Joiner.Name && cluster.JoiningUntil > DateTimeOffset.UtcNow)
            return new JoinAnswer(cluster.Id, Wrecked: true);

        cluster.JoiningNode = request.Joiner.Name;
        cluster.JoiningUntil = DateTimeOffset.UtcNow + request.JoinTime + TimeSpan.FromSeconds(30);
        return new JoinAnswer(cluster.Id, Wrecked: fault?.Is("dqlite-stuck") == true);
    }

    static JoinAnswer? ServerSide(Fault fault, JoinRequest request)
    {
        var message = fault.Kind.Message
            .Replace("(IP)", $"({(fault.Is("same-ip") ? request.Target.Address : request.Joiner.Address)})")
            .Replace("\"IP\"", $"\"{request.Joiner.Address}\"")
            .Replace("(HOST)", $"({request.Hostname})");
        return fault.Error switch
        {
            "invalid-token" or "not-ha" or "agent-port" or "same-ip" or "hostname-unresolved" or "dqlite-known" =>
                JoinAnswer.Fail(message),
            "worker-unsupported" => JoinAnswer.Fail(message, 1),
            _ => null,
        };
    }
}

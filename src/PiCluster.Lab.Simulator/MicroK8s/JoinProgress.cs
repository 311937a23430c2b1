namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The joiner's side once the agent accepted: reconfigure, wait (Delays.JoinMs), then become a member.</summary>
public static class JoinProgress
{
    const int WaitDots = 10;

    public static int Worker(MicroK8sContext context, JoinRequest request, JoinAnswer answer, Output output)
    {
        Thread.Sleep(request.JoinTime);
        context.Store.Update(state => Membership.Join(state, request.Joiner, request.Hostname, answer.ClusterId, worker: true));
        output.Lines(
        [
            "",
            "The node has joined the cluster and will appear in the nodes list in a few seconds.",
            "",
            "This worker node gets automatically configured with the API server endpoints.",
            "If the API servers are behind a loadbalancer please set the '--refresh-interval' to '0s' in:",
            "    /var/snap/microk8s/current/args/apiserver-proxy",
            "and replace the API server endpoints with the one provided by the loadbalancer in:",
            "    /var/snap/microk8s/current/args/traefik/provider.yaml",
            "",
            "Successfully joined the cluster.",
        ]);
        return 0;
    }

    /// <summary>join.py polls dqlite up to 10 times, printing ".." per failed poll, and reports success either way.</summary>
    public static int ControlPlane(MicroK8sContext context, JoinRequest request, JoinAnswer answer, Output output)
    {
        output.Write("Waiting for this node to finish joining the cluster. ");
        var dots = answer.Wrecked ? WaitDots : Math.Min(WaitDots, (int)(request.JoinTime.TotalMilliseconds / 6000));
        var pause = request.JoinTime / (dots + 1);
        for (var i = 0; i < dots; i++)
        {
            Thread.Sleep(pause);
            output.Write(".. ");
        }

        Thread.Sleep(pause);
        context.Store.Update(state =>
        {
            if (answer.Wrecked)
                Membership.Wreck(state, request.Joiner.Name);
            else
                Membership.Join(state, request.Joiner, request.Hostname, answer.ClusterId, worker: false);
        });
        output.Line(" ");
        output.Line("Successfully joined the cluster.");
        return 0;
    }
}

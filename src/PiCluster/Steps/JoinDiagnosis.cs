using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>Turns a failed `microk8s join` into one plain sentence with the fix; MicroK8s prints most of these on stdout.</summary>
public static class JoinDiagnosis
{
    public static string Explain(string host, string issuer, string issuerAddress, string hostAddress, CommandResult result)
    {
        var output = result.StdOut + "\n" + result.StdErr;
        bool Says(string text) => output.Contains(text, StringComparison.Ordinal);
        if (Says("is already known to dqlite"))
            return $"{issuer}'s datastore still lists {host}'s address {hostAddress} as a member (a stale entry from before {host} was reset): re-run with --repair-stale to remove it and join";
        if (Says("Invalid token"))
            return $"{issuer} refused the join token as unknown or expired (a failed join burns a token): check that the clocks of {host} and {issuer} agree, then re-run";
        // The cluster agent since 1.24 says "does not resolve to the IP"; the Python agent before it "should resolve to …, but it did
        // not" (no address at all) or "resolves to … instead of …" (the wrong one).
        if (Says("does not resolve to the IP") || Says("but it did not. Refusing join") || Says("of the joining node resolves to"))
            return $"{issuer} cannot resolve the name {host} to {hostAddress}: check /etc/hosts on {issuer} (picluster writes it; something reset it), then re-run";
        if (Says("ConnectionRefusedError") || Says("TimeoutError") || Says("No route to host") || Says("Please ensure the master node is reachable"))
            return $"{host} cannot reach the cluster agent of {issuer} at {issuerAddress}:25000: check that microk8s runs on {issuer} and no firewall blocks port 25000 (sudo ufw allow 25000/tcp), then re-run";
        if (Says("This is not an HA MicroK8s cluster"))
            return $"{issuer} does not run the ha-cluster addon, so nodes cannot join it: run `sudo microk8s enable ha-cluster` on {issuer}, then re-run";
        if (Says("has the same IP"))
            return $"{host} and {issuer} have the same address {issuerAddress}: give each Pi its own ansible_host";
        if (Says("Could not verify the identity"))
            return $"{issuer}'s certificate did not match the join token's fingerprint at {issuerAddress}: make sure that address is {issuer} and no other machine, then re-run";
        if (Says("supports joining worker nodes"))
            return $"{issuer} cannot sign certificates for worker nodes: join {host} as a control plane (picluster_role: controlplane) or update microk8s on {issuer}";
        // join.py prints no message when the agent's answer carries none: the Python agent's handler raised (Flask's HTML 500 page).
        if (Says("Connection failed. (500)."))
            return $"the cluster agent of {issuer} failed on the join without saying why: read `sudo journalctl -u snap.microk8s.daemon-cluster-agent` on {issuer} for its error, fix that, then re-run";
        if (Says("port of the cluster agent"))
            return $"the cluster agent of {host} does not listen on port 25000 as {issuer}'s does: restore the default in /var/snap/microk8s/current/args/cluster-agent on {host}";
        var line = result.FirstErrorLine is { Length: > 0 } error ? error : result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
        return $"microk8s join on {host} (towards {issuer}) failed (exit {result.ExitCode?.ToString() ?? "by signal"}): {line}";
    }
}

namespace PiCluster.Lab.Simulator.Faults;

/// <summary>Every injectable failure, with the message the real tool prints.</summary>
public static class FaultKinds
{
    public static readonly IReadOnlyList<FaultKind> All =
    [
        new("too-early", ["snap-install", "snap-refresh", "snap-remove", "snap-list"],
            "error: too early for operation, device not yet seeded or device model not acknowledged", 1),
        new("store-unreachable", ["snap-install", "snap-refresh", "snap-info"], "error: unable to contact snap store", 1),
        new("not-running", ["*"], "microk8s is not running, try microk8s start", 1),
        new("api-refused", ["kubectl"],
            "The connection to the server 127.0.0.1:16443 was refused - did you specify the right host or port?", 1),
        new("invalid-token", ["join"], "Connection failed. Invalid token (500).", 6, Handled: true),
        new("not-ha", ["join"], "Connection failed. Not possible to join. This is not an HA MicroK8s cluster (501).", 6, Handled: true),
        new("agent-port", ["join"], "Connection failed. The port of the cluster agent port has to be set to 25000 (502).", 6, Handled: true),
        new("same-ip", ["join"], "Connection failed. The joining node has the same IP (IP) as the node we contact (503).", 6, Handled: true),
        new("hostname-unresolved", ["join"],
            "Connection failed. The hostname (HOST) of the joining node does not resolve to the IP \"IP\". Refusing join (400).", 6, Handled: true),
        new("dqlite-known", ["join"],
            "Connection failed. Failed to retrieve dqlite cluster nodes: the joining node (IP) is already known to dqlite (500).", 6, Handled: true),
        new("fingerprint", ["join"],
            "Joining cluster failed. Could not verify the identity of IP. Use '--skip-verify' to skip server certificate check.", 4, Handled: true),
        new("connection-refused", ["join"], "Traceback (most recent call last): ... ConnectionRefusedError: [Errno 111] Connection refused", 1, Handled: true),
        new("timeout", ["join"], "(hangs for the lab's --silent-connect-ms, 127 s by default) Traceback (most recent call last): ... TimeoutError: [Errno 110] Connection timed out", 1, Handled: true),
        new("worker-unsupported", ["join"],
            "Joining process failed. Make sure the cluster you connect to supports joining worker nodes.", 1, Handled: true),
        new("dqlite-stuck", ["join"],
            "(prints success, exit 0, but the node never joins and MicroK8s stays down: canonical/microk8s#4713)", 0, Handled: true),
        new("dbctl-empty", ["dbctl"],
            "(backup prints success, exit 0, but the tarball holds no keys: ~200 bytes, canonical/microk8s#4259, #4308)", 0, Handled: true),
        new("pdb-blocked", ["drain"],
            "(on the node being drained: evicting default/web's pod is refused by its PodDisruptionBudget, retried every 5 s until --timeout)", 1, Handled: true),
        new("dqlite-unreachable", ["leave"], "Contacting node IP:19001 failed. Error: CalledProcessError(...)", 2, Handled: true),
    ];

    public static FaultKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}

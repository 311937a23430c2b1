using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The files a fresh install lays down below $SNAP_DATA, and the /snap/bin commands.</summary>
public static class MicroK8sLayout
{
    static readonly string[] Commands = ["microk8s", "microk8s.kubectl"];

    public static void WriteDefaults(NodeFiles files)
    {
        Write(files, "args/cluster-agent", "--bind 0.0.0.0:25000\n--keyfile ${SNAP_DATA}/certs/server.key\n--certfile ${SNAP_DATA}/certs/server.crt\n--timeout 240\n");
        Write(files, "args/k8s-dqlite", "--storage-dir=${SNAP_DATA}/var/kubernetes/backend/\n--listen=unix://${SNAP_DATA}/var/kubernetes/backend/kine.sock:12379\n");
        Write(files, "args/kube-apiserver", "--secure-port=16443\n--authorization-mode=RBAC,Node\n--kubelet-preferred-address-types=InternalIP,Hostname,InternalDNS,ExternalDNS,ExternalIP\n");
        Write(files, "args/kubelet", "--node-labels=\"microk8s.io/cluster=true,node.kubernetes.io/microk8s-controlplane=microk8s-controlplane\"\n--container-runtime-endpoint=${SNAP_COMMON}/run/containerd.sock\n");
        Directory.CreateDirectory(Path.Combine(files.Current, "var", "lock"));
        Directory.CreateDirectory(files.Backend);
    }

    public static void WriteShims(Invocation invocation)
    {
        foreach (var command in Commands)
            SnapShims.Write(invocation, command, command == "microk8s" ? "microk8s" : "microk8s kubectl");
    }

    public static void DeleteShims(Invocation invocation)
    {
        foreach (var command in Commands)
            SnapShims.Delete(invocation, command);
    }

    static void Write(NodeFiles files, string relative, string text)
    {
        var path = Path.Combine(files.Current, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}

using System.Globalization;
using System.Text.Json;
using PiCluster.Remote;

namespace PiCluster.Tools;

/// <summary>MicroK8s' paths and the exact `snap` and `microk8s` command lines PiCluster sends, by full path since an SSH
/// session's PATH lacks /snap/bin.</summary>
public static class MicroK8s
{
    public const string Binary = "/snap/bin/microk8s";
    public const string Data = "/var/snap/microk8s/current";
    public const string Locks = Data + "/var/lock";
    public const string WorkerLock = Locks + "/clustered.lock";
    public const string DatastoreFile = Data + "/var/kubernetes/backend/cluster.yaml";

    /// <summary>`snap wait` first: on a Pi's first boot snapd refuses installs until seeding is done.</summary>
    public static string Install(string channel) =>
        "snap wait system seed.loaded && " + ShellQuote.Command("snap", "install", "microk8s", "--classic", $"--channel={channel}");

    public const string Hold = "snap refresh --hold microk8s";

    /// <summary>MicroK8s and all its data gone, as before it was installed; `leave` cannot help a node that does not run.</summary>
    public const string Purge = "snap remove microk8s --purge";

    public static string AddToGroup(string user) => ShellQuote.Command("usermod", "-a", "-G", "microk8s", user);

    /// <summary>Never without --timeout: without it MicroK8s waits forever.</summary>
    public static string WaitReady(TimeSpan timeout) =>
        $"{Binary} status --wait-ready --timeout {Seconds(timeout)}";

    /// <summary>A token of our own with a lifetime: valid for this join only in practice, and JSON out, so nothing is scraped.</summary>
    public static string AddNode(string token, TimeSpan lifetime) =>
        ShellQuote.Command(Binary, "add-node", "--token", token, "--token-ttl", Seconds(lifetime), "--format", "json");

    public static string Join(string url, bool worker) =>
        ShellQuote.Command([Binary, "join", url, .. worker ? ["--worker"] : Array.Empty<string>()]);

    /// <summary>By name or address; --force also takes the node out of the datastore when it never left (remove-node accepts
    /// the flag only after the node).</summary>
    public static string RemoveNode(string nameOrAddress, bool force) =>
        ShellQuote.Command([Binary, "remove-node", nameOrAddress, .. force ? ["--force"] : Array.Empty<string>()]);

    public const string Leave = Binary + " leave";

    /// <summary>What `leave` prints (exit 1) on a node that is in no cluster.</summary>
    public const string NotClustered = "This MicroK8s deployment is not acting as a node in a cluster.";

    public static string Enable(string addon) => ShellQuote.Command(Binary, "enable", addon);

    public const string Nodes = Binary + " kubectl get nodes -o json";

    public static string Cordon(string node) => ShellQuote.Command(Binary, "kubectl", "cordon", node);

    public static string Uncordon(string node) => ShellQuote.Command(Binary, "kubectl", "uncordon", node);

    /// <summary>Evicts the node's pods as their PodDisruptionBudgets allow (DaemonSet pods stay; emptyDir data goes with its pod),
    /// giving up after <paramref name="timeout"/>: without one kubectl retries a blocked eviction forever.</summary>
    public static string Drain(string node, TimeSpan timeout) =>
        ShellQuote.Command(Binary, "kubectl", "drain", node, "--ignore-daemonsets", "--delete-emptydir-data", $"--timeout={Seconds(timeout)}s");

    /// <summary>Refreshes a held snap too (a refresh that names the snap is never held back), and the hold stays.</summary>
    public static string Refresh(string channel) => ShellQuote.Command("snap", "refresh", "microk8s", $"--channel={channel}");

    public const string ServerCert = Data + "/certs/server.crt";

    /// <summary>The names and addresses the API server's certificate is valid for (openssl is part of Ubuntu Server).</summary>
    public const string ServerCertNames = "openssl x509 -in " + ServerCert + " -noout -ext subjectAltName";

    /// <summary>A new server certificate from csr.conf.template; kubelite and the cluster agent restart, containers keep running.</summary>
    public const string RefreshServerCert = Binary + " refresh-certs --cert server.crt";

    /// <summary>The API server's URL at a name or address: https://NAME:16443, an IPv6 address in brackets.</summary>
    public static string ApiUrl(string address) =>
        System.Net.IPAddress.TryParse(address, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6
            ? $"https://[{ip}]:16443"
            : $"https://{address}:16443";

    /// <summary>A datastore backup at PATH.tar.gz (dbctl adds the suffix); needs the API server running and HA (dqlite).</summary>
    public static string Backup(string path) => ShellQuote.Command(Binary, "dbctl", "backup", "-o", path);

    /// <summary>Creates or overwrites each key of the archive in the live datastore.</summary>
    public static string Restore(string archive) => ShellQuote.Command(Binary, "dbctl", "restore", archive);

    /// <summary>The admin kubeconfig, with this control plane's own address as the server.</summary>
    public const string Config = Binary + " config";

    /// <summary>From `add-node --format json` ({"token": "T/C", "urls": ["ip:port/T/C", …]}), the URL to join
    /// <paramref name="address"/>, the issuer's address as the inventory knows it; null when the output is not that JSON.</summary>
    public static string? JoinUrl(string addNodeJson, string address)
    {
        try
        {
            using var document = JsonDocument.Parse(addNodeJson);
            var root = document.RootElement;
            var token = root.GetProperty("token").GetString();
            var first = root.GetProperty("urls").EnumerateArray().Select(u => u.GetString()).FirstOrDefault();
            var port = first?.Split('/')[0].Split(':') is [_, var p] ? p : "25000";
            return token is null ? null : $"{address}:{port}/{token}";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    static string Seconds(TimeSpan span) => ((long)span.TotalSeconds).ToString(CultureInfo.InvariantCulture);
}

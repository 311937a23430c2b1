using System.Net;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`enable dns[:NS,NS]` / `enable dns NS[,NS] [SERVICE-IP] [DOMAIN]`.</summary>
public static class DnsAddon
{
    public static int Enable(IReadOnlyList<string> args, Output output)
    {
        output.Line("Enabling DNS");
        var servers = args.Count > 0 ? args[0].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
        if (servers.FirstOrDefault(s => !IPAddress.TryParse(s, out _) || s.Count(c => c == '.') != 3) is { } bad)
        {
            return output.Say($"Your input value ({bad}) is not a valid and reachable IP address", 1);
        }

        output.Line(servers.Length == 0
            ? "Using host configuration from /run/systemd/resolve/resolv.conf"
            : $"Will use  {string.Join(' ', servers)} as upstream nameservers");
        var serviceIp = args.Count > 1 ? args[1] : "10.152.183.10";
        return AddonScripts.Say(output, "Applying manifest", "serviceaccount/coredns created", "configmap/coredns created",
            "deployment.apps/coredns created", "service/kube-dns created", "clusterrole.rbac.authorization.k8s.io/coredns created",
            "clusterrolebinding.rbac.authorization.k8s.io/coredns created",
            $"CoreDNS service deployed with IP address {serviceIp}", "DNS is enabled");
    }
}

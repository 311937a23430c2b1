using System.Net;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`enable metallb:RANGE[,RANGE]` (A-B or CIDR). Without a range the script's `read -p` waits on stdin.</summary>
public static class MetalLbAddon
{
    const string Prompt =
        "Enter each IP address range delimited by comma (e.g. '10.64.140.43-10.64.140.49,192.168.0.105-192.168.0.111'): ";

    public static int Enable(IReadOnlyList<string> args, Output output)
    {
        var input = args.Count > 0 ? args[0] : Ask(output);
        if (input is null)
        {
            // read hit EOF: the script exits under `set -e` without a word.
            return 1;
        }

        if (input.Length == 0 || !input.Split(',').All(IsRange))
        {
            return output.Say($"Your input value ({input}) is not a valid IP Range", 1);
        }

        return AddonScripts.Say(output, "Enabling MetalLB", "Applying Metallb manifest",
            "customresourcedefinition.apiextensions.k8s.io/ipaddresspools.metallb.io created", "namespace/metallb-system created",
            "deployment.apps/controller created", "daemonset.apps/speaker created", "Waiting for Metallb controller to be ready.",
            "deployment.apps/controller condition met", "ipaddresspool.metallb.io/default-addresspool created",
            "l2advertisement.metallb.io/default-advertise-all-pools created", "MetalLB is enabled");
    }

    /// <summary>bash shows a `read -p` prompt (on stderr) only when stdin is a terminal.</summary>
    static string? Ask(Output output)
    {
        if (Terminal.StdinIsTerminal)
            Console.Error.Write(Prompt);

        return Console.In.ReadLine()?.Trim();
    }

    static bool IsRange(string range)
    {
        var dash = range.Split('-');
        if (dash.Length == 2)
            return IsIpv4(dash[0]) && IsIpv4(dash[1]);

        var slash = range.Split('/');
        return slash.Length == 2 && IsIpv4(slash[0]) && int.TryParse(slash[1], out var bits) && bits is >= 0 and <= 32;
    }

    static bool IsIpv4(string text) => text.Count(c => c == '.') == 3 && IPAddress.TryParse(text, out _);
}

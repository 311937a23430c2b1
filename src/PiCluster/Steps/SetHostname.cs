using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>Names the Pi after its inventory entry: fresh images are all `ubuntu`, and Kubernetes node names must differ.</summary>
public sealed record SetHostname(string Host, string From) : CommandStep(Host)
{
    public override string Describe() => $"set hostname {From} → {Host}";

    protected override string What => "setting the hostname";

    protected override string Command => ShellQuote.Command("hostnamectl", "set-hostname", Host);
}

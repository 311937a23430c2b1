using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Lets the login user run `microk8s` without sudo (from its next login on).</summary>
public sealed record AddToMicroK8sGroup(string Host, string User) : CommandStep(Host)
{
    public override string Describe() => $"add {User} to the microk8s group";

    protected override string What => "adding the user to the microk8s group";

    protected override string Command => MicroK8s.AddToGroup(User);
}

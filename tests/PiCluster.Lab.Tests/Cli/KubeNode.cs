namespace PiCluster.Lab.Tests.Cli;

/// <summary>A Kubernetes node as `kubectl get nodes -o json` shows it: name, InternalIP, Ready, and whether it carries the control-plane label.</summary>
public sealed record KubeNode(string Name, string Address, bool Ready, bool ControlPlane);

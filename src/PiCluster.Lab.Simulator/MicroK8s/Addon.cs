namespace PiCluster.Lab.Simulator.MicroK8s;

/// A core addon as `addons.yaml` lists it for arm64.
public sealed record Addon(string Name, string Description, string Version)
{
    public const string Repository = "core";

    public string FullName => $"{Repository}/{Name}";
}

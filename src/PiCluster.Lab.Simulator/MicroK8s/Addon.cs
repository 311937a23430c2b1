namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>A core addon as `addons.yaml` lists it for arm64.</summary>
public sealed record Addon(string Name, string Description, string Version)
{
    public const string Repository = "core";

    public string FullName => $"{Repository}/{Name}";
}

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>A StorageClass object as kubectl shows it.</summary>
public sealed record StorageClass(
    string Name, string Provisioner, string ReclaimPolicy, string BindingMode, bool AllowExpansion, bool IsDefault,
    DateTimeOffset Created, IReadOnlyDictionary<string, string> Parameters);

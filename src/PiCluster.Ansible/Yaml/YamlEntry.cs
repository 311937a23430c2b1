using YamlDotNet.RepresentationModel;

namespace PiCluster.Ansible.Yaml;

/// <summary>One key of a YAML mapping after merges, with the node it was written as.</summary>
sealed record YamlEntry(YamlScalarNode Key, YamlNode Value)
{
    public string Name => Key.Value ?? "";
}

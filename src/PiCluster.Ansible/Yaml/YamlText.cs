using YamlDotNet.RepresentationModel;

namespace PiCluster.Ansible.Yaml;

/// <summary>One parsed YAML file: its root node (null when the file holds nothing) and whether Ansible would read it as JSON.</summary>
sealed record YamlText(string File, YamlNode? Root, bool IsJson)
{
    /// <summary>What Ansible warns about in the file and reads past, each naming file:line:column.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public SourceSpot Spot(YamlNode node) => new(File, node.Start.Line, node.Start.Column);
}

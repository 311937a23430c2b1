using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PiCluster.Access;

/// <summary>Reading and writing kubeconfig documents as YAML nodes, so entries PiCluster does not own keep their meaning.</summary>
public static class Kubeconfigs
{
    /// <summary>The document's top mapping; an empty text is an empty mapping.</summary>
    public static YamlMappingNode Parse(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new AccessException($"{source}:{e.Start.Line}: not YAML ({e.Message}); fix it, move it aside, or write a file of its own with -o FILE");
        }
        return stream.Documents.Count switch
        {
            0 => [],
            1 when stream.Documents[0].RootNode is YamlMappingNode root => root,
            1 when stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" or "~" or "null" } => [],
            _ => throw new AccessException($"{source}: not a kubeconfig (its top level is not one mapping of clusters, users and contexts); "
                + "fix it, move it aside, or write a file of its own with -o FILE"),
        };
    }

    /// <summary>The body (`cluster:`, `user:`) of the first item of a list in `microk8s config`.</summary>
    public static YamlMappingNode First(YamlMappingNode root, string list, string key, string host) =>
        root.Children.TryGetValue(list, out var items) && items is YamlSequenceNode { Children: [YamlMappingNode first, ..] }
            && first.Children.TryGetValue(key, out var body) && body is YamlMappingNode mapping
            ? mapping
            : throw new AccessException($"`microk8s config` on {host} has no {list}[0].{key}; is MicroK8s running there? (`sudo microk8s status`)");

    public static string Write(YamlMappingNode root)
    {
        var writer = new StringWriter { NewLine = "\n" };
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        var text = writer.ToString();
        return text.EndsWith("...\n", StringComparison.Ordinal) ? text[..^4] : text;
    }
}

using YamlDotNet.RepresentationModel;

namespace PiCluster.Access;

/// <summary>A kubeconfig with the cluster's entries put in: an entry of the same name is replaced where it stands, any other
/// entry and setting is kept as it was; the current context changes only when asked.</summary>
public static class KubeconfigMerge
{
    public static string Merge(string existing, KubeconfigEntries ours, bool setCurrent, string source)
    {
        var root = Kubeconfigs.Parse(existing, source);
        if (root.Children.Count == 0)
        {
            root.Add("apiVersion", "v1");
            root.Add("kind", "Config");
            root.Add("preferences", new YamlMappingNode());
        }
        Put(root, "clusters", ours.Cluster, ours.Name, source);
        Put(root, "users", ours.User, ours.Name, source);
        Put(root, "contexts", ours.Context, ours.Name, source);
        if (setCurrent) root.Children[new YamlScalarNode("current-context")] = new YamlScalarNode(ours.Name);
        return Kubeconfigs.Write(root);
    }

    static void Put(YamlMappingNode root, string list, YamlMappingNode entry, string name, string source)
    {
        if (!root.Children.TryGetValue(list, out var node) || node is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            root.Children[new YamlScalarNode(list)] = new YamlSequenceNode(entry);
            return;
        }
        if (node is not YamlSequenceNode items)
            throw new AccessException($"{source}:{node.Start.Line}: `{list}` is not a list; fix it, move the file aside, or write a file of its own with -o FILE");
        var at = items.Children.ToList().FindIndex(item => IsNamed(item, name));
        var rest = items.Children.Where(item => !IsNamed(item, name)).ToList();
        rest.Insert(at < 0 ? rest.Count : at, entry);
        root.Children[new YamlScalarNode(list)] = new YamlSequenceNode(rest);
    }

    static bool IsNamed(YamlNode item, string name) =>
        item is YamlMappingNode mapping && mapping.Children.TryGetValue("name", out var value) && value is YamlScalarNode { Value: var text } && text == name;
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PiCluster.Access;

/// <summary>The cluster, user and context of `microk8s config`, each named after the cluster, the cluster's server set to the API address.</summary>
public sealed record KubeconfigEntries(string Name, YamlMappingNode Cluster, YamlMappingNode User, YamlMappingNode Context)
{
    public static KubeconfigEntries From(AdminConfig admin)
    {
        var root = Kubeconfigs.Parse(admin.Yaml, $"`microk8s config` on {admin.From}");
        var cluster = Kubeconfigs.First(root, "clusters", "cluster", admin.From);
        var user = Kubeconfigs.First(root, "users", "user", admin.From);
        var server = new YamlMappingNode(cluster.Children.Where(e => e.Key.ToString() != "server"))
        {
            { "server", admin.Server },
        };
        return new(admin.ClusterName,
            Named(admin.ClusterName, "cluster", server),
            Named(admin.ClusterName, "user", user),
            Named(admin.ClusterName, "context", new YamlMappingNode { { "cluster", admin.ClusterName }, { "user", admin.ClusterName } }));
    }

    /// <summary>A kubeconfig of these entries alone, current: what `-o FILE` and `--print` give.</summary>
    public YamlMappingNode Standalone() => new()
    {
        { "apiVersion", "v1" },
        { "kind", "Config" },
        { "preferences", new YamlMappingNode() },
        { "clusters", new YamlSequenceNode(Cluster) },
        { "users", new YamlSequenceNode(User) },
        { "contexts", new YamlSequenceNode(Context) },
        { "current-context", Name },
    };

    static YamlMappingNode Named(string name, string key, YamlMappingNode body) =>
        new() { { key, body }, { "name", new YamlScalarNode(name) { Style = ScalarStyle.Plain } } };
}

using PiCluster.Access;
using YamlDotNet.RepresentationModel;

namespace PiCluster.Tests.Access;

public sealed class KubeconfigMergeTests
{
    // As `microk8s config` prints it (client-x509.config.template, 127.0.0.1 replaced by the control plane's address).
    const string MicroK8sConfig = """
        apiVersion: v1
        clusters:
        - cluster:
            certificate-authority-data: Q0EK
            server: https://192.168.1.11:16443
          name: microk8s-cluster
        contexts:
        - context:
            cluster: microk8s-cluster
            user: admin
          name: microk8s
        current-context: microk8s
        kind: Config
        preferences: {}
        users:
        - name: admin
          user:
            client-certificate-data: Q0VSVAo=
            client-key-data: S0VZCg==

        """;

    const string TwoClusters = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: work
          cluster:
            server: "https://k8s.work.example:6443"
            insecure-skip-tls-verify: true
        - name: kind-dev
          cluster:
            server: https://127.0.0.1:41234
        contexts:
        - name: work
          context: {cluster: work, user: work-admin, namespace: team}
        - name: kind-dev
          context: {cluster: kind-dev, user: kind-dev}
        current-context: work
        users:
        - name: work-admin
          user:
            token: abc
        - name: kind-dev
          user: {}
        preferences: {}
        """;

    static KubeconfigEntries Entries(string apiAddress = "cluster.home.arpa") =>
        KubeconfigEntries.From(new AdminConfig("pi-01", MicroK8sConfig, "home", apiAddress));

    [Fact]
    public void Puts_the_cluster_user_and_context_named_after_the_cluster_and_keeps_the_others()
    {
        var merged = Kubeconfigs.Parse(KubeconfigMerge.Merge(TwoClusters, Entries(), setCurrent: false, "config"), "merged");

        Assert.Equal(["work", "kind-dev", "home"], Names(merged, "clusters"));
        Assert.Equal(["work-admin", "kind-dev", "home"], Names(merged, "users"));
        Assert.Equal(["work", "kind-dev", "home"], Names(merged, "contexts"));
        Assert.Equal("work", merged["current-context"].ToString());
        Assert.Equal("https://k8s.work.example:6443", Body(merged, "clusters", "work", "cluster")["server"].ToString());
        Assert.Equal("team", Body(merged, "contexts", "work", "context")["namespace"].ToString());
        Assert.Equal("https://cluster.home.arpa:16443", Body(merged, "clusters", "home", "cluster")["server"].ToString());
        Assert.Equal("Q0EK", Body(merged, "clusters", "home", "cluster")["certificate-authority-data"].ToString());
        Assert.Equal("S0VZCg==", Body(merged, "users", "home", "user")["client-key-data"].ToString());
        Assert.Equal("home", Body(merged, "contexts", "home", "context")["user"].ToString());
    }

    [Fact]
    public void A_second_merge_of_the_same_entries_changes_nothing()
    {
        var once = KubeconfigMerge.Merge(TwoClusters, Entries(), setCurrent: true, "config");

        Assert.Equal(once, KubeconfigMerge.Merge(once, Entries(), setCurrent: true, "config"));
    }

    [Fact]
    public void New_entries_replace_the_old_ones_where_they_stand()
    {
        const string homeFirst = """
            clusters:
            - name: home
              cluster: {server: "https://10.0.0.1:16443"}
            - name: work
              cluster: {server: "https://k8s.work.example:6443"}
            """;

        var merged = Kubeconfigs.Parse(KubeconfigMerge.Merge(homeFirst, Entries("192.168.1.50"), setCurrent: false, "config"), "merged");

        Assert.Equal(["home", "work"], Names(merged, "clusters"));
        Assert.Equal("https://192.168.1.50:16443", Body(merged, "clusters", "home", "cluster")["server"].ToString());
    }

    [Fact]
    public void Set_current_makes_the_cluster_current()
    {
        var merged = Kubeconfigs.Parse(KubeconfigMerge.Merge(TwoClusters, Entries(), setCurrent: true, "config"), "merged");

        Assert.Equal("home", merged["current-context"].ToString());
    }

    [Fact]
    public void An_empty_file_becomes_a_kubeconfig_of_the_cluster()
    {
        var merged = Kubeconfigs.Parse(KubeconfigMerge.Merge("", Entries(), setCurrent: false, "config"), "merged");

        Assert.Equal("v1", merged["apiVersion"].ToString());
        Assert.Equal("Config", merged["kind"].ToString());
        Assert.Equal(["home"], Names(merged, "clusters"));
        Assert.False(merged.Children.ContainsKey("current-context"));
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_refused_with_its_line()
    {
        var e = Assert.Throws<AccessException>(() => KubeconfigMerge.Merge("apiVersion: v1\nclusters:\n- name: [unclosed\n", Entries(), false, "/home/u/.kube/config"));

        Assert.StartsWith("/home/u/.kube/config:", e.Message);
        Assert.Contains("not YAML", e.Message);
    }

    [Fact]
    public void A_list_that_is_not_a_list_is_refused_with_its_line()
    {
        var e = Assert.Throws<AccessException>(() => KubeconfigMerge.Merge("apiVersion: v1\nclusters: oops\n", Entries(), false, "/k"));

        Assert.StartsWith("/k:2: `clusters` is not a list", e.Message);
    }

    [Theory]
    [InlineData("cluster.home.arpa", "https://cluster.home.arpa:16443")]
    [InlineData("192.168.1.50", "https://192.168.1.50:16443")]
    [InlineData("fd00::50", "https://[fd00::50]:16443")]
    public void The_server_is_the_api_address_on_port_16443(string address, string server) =>
        Assert.Equal(server, new AdminConfig("pi-01", MicroK8sConfig, "home", address).Server);

    [Fact]
    public void The_standalone_file_holds_the_cluster_alone_and_current()
    {
        var alone = Kubeconfigs.Parse(Kubeconfigs.Write(Entries().Standalone()), "alone");

        Assert.Equal(["home"], Names(alone, "clusters"));
        Assert.Equal("home", alone["current-context"].ToString());
    }

    static List<string> Names(YamlMappingNode root, string list) =>
        [.. ((YamlSequenceNode)root[list]).Children.Select(i => i["name"].ToString())];

    static YamlMappingNode Body(YamlMappingNode root, string list, string name, string key) =>
        (YamlMappingNode)((YamlSequenceNode)root[list]).Children.Single(i => i["name"].ToString() == name)[key];
}

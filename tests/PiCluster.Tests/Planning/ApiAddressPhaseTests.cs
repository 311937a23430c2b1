using PiCluster.Facts;
using PiCluster.Planning;
using PiCluster.Spec;
using static PiCluster.Tests.Planning.FactsBuilder;

namespace PiCluster.Tests.Planning;

public sealed class ApiAddressPhaseTests
{
    static readonly ApiCertificate Default = new(["kubernetes", "kubernetes.default"], ["127.0.0.1", "10.152.183.1"]);

    /// <summary>A formed cluster of three control planes and a worker, each control plane's certificate as given.</summary>
    static List<ClusterHost> Cluster(string? apiAddress, ApiCertificate? certificate) =>
    [
        .. Formed(["pi-01", "pi-02", "pi-03"], ["pi-04"]).Select(h => h with
        {
            Spec = h.Spec with { ApiAddress = apiAddress },
            Facts = h.Facts! with { MicroK8s = h.MicroK8s! with { ApiCertificate = h.Spec.Role == MicroK8sRole.Worker ? null : certificate } },
        }),
    ];

    static ClusterHost Named(ClusterHost host) => host with { Spec = host.Spec with { ApiAddress = "cluster.home.arpa" } };

    static string[] Steps(Plan plan) => [.. plan.ClusterSteps.Select(s => $"{s.Kind} {s.Host}")];

    [Fact]
    public void Each_control_plane_whose_certificate_lacks_the_address_gets_it_one_at_a_time_and_the_worker_nothing()
    {
        var plan = new UpPlanner(false).Plan(Cluster("cluster.home.arpa", Default));

        Assert.Equal(["add_api_address pi-01", "add_api_address pi-02", "add_api_address pi-03"], Steps(plan));
        Assert.Equal("add cluster.home.arpa to the API server certificate (/var/snap/microk8s/current/certs/csr.conf.template, then refresh-certs --cert server.crt; "
            + "the API server there restarts)", plan.ClusterSteps[0].Describe());
        Assert.Empty(plan.Warnings);
    }

    [Fact]
    public void Certificates_that_list_the_address_need_nothing() =>
        Assert.Empty(new UpPlanner(false).Plan(Cluster("cluster.home.arpa", Default with { Names = [.. Default.Names, "Cluster.Home.Arpa"] })).ClusterSteps);

    [Fact]
    public void Without_an_api_address_nothing_is_planned() =>
        Assert.Empty(new UpPlanner(false).Plan(Cluster(null, Default)).ClusterSteps);

    [Fact]
    public void A_certificate_that_cannot_be_read_is_a_warning_not_a_change()
    {
        var plan = new UpPlanner(false).Plan(Cluster("192.168.1.50", null));

        Assert.Empty(plan.ClusterSteps);
        Assert.Contains("pi-01: its API certificate could not be read (`openssl` missing?), so whether it lists 192.168.1.50 is not known", plan.Warnings);
    }

    [Fact]
    public void Fresh_control_planes_get_the_address_after_their_joins()
    {
        var plan = new UpPlanner(false).Plan([Named(Host("pi-01", Fresh())), Named(Host("pi-02", Fresh()))]);

        Assert.Equal(["join_cluster pi-02", "add_api_address pi-01", "add_api_address pi-02"], Steps(plan));
    }
}

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>What a node joined with `--worker` refuses to do (reference §2.1), seen over plain ssh.</summary>
public sealed class WorkerNodeTests
{
    static async Task<TestLab> ClusterWithWorkerAsync()
    {
        var lab = await ClusterSetup.StartAsync(2);
        await lab.JoinOkAsync("pi-02", "pi-01", "--worker");
        return lab;
    }

    [Fact]
    public async Task Kubectl_on_a_worker_prints_the_refusal_and_still_exits_0()
    {
        await using var lab = await ClusterWithWorkerAsync();

        var kubectl = await lab.SshAsync("pi-02", "sudo microk8s kubectl get nodes");

        Assert.Equal((0, "This MicroK8s deployment is acting as a node in a cluster. Please use the microk8s kubectl on the master.\n"),
            (kubectl.ExitCode, kubectl.StdOut));
    }

    [Fact]
    public async Task Add_node_on_a_worker_is_refused_with_exit_1()
    {
        await using var lab = await ClusterWithWorkerAsync();

        var addNode = await lab.SshAsync("pi-02", "sudo microk8s add-node");

        Assert.Equal((1, "This MicroK8s deployment is acting as a node in a cluster. Please use the microk8s add-node on the master.\n"),
            (addNode.ExitCode, addNode.StdOut));
    }

    [Fact]
    public async Task Status_on_a_worker_prints_the_two_line_refusal_and_exits_0()
    {
        await using var lab = await ClusterWithWorkerAsync();

        var status = await lab.SshAsync("pi-02", "sudo microk8s status");

        Assert.Equal((0, "This MicroK8s deployment is acting as a node in a cluster.\nPlease use the control plane node.\n"),
            (status.ExitCode, status.StdOut));
    }

    [Fact]
    public async Task Config_on_a_worker_prints_the_refusal_and_exits_0()
    {
        await using var lab = await ClusterWithWorkerAsync();

        var config = await lab.SshAsync("pi-02", "sudo microk8s config");

        Assert.Equal((0, "This MicroK8s deployment is acting as a node in a cluster. Please use the microk8s config on the master.\n"),
            (config.ExitCode, config.StdOut));
    }

    [Fact]
    public async Task Enable_on_a_worker_is_refused_with_exit_1()
    {
        await using var lab = await ClusterWithWorkerAsync();

        var enable = await lab.SshAsync("pi-02", "sudo microk8s enable metrics-server");

        Assert.Equal((1, "This MicroK8s deployment is acting as a node in a cluster.\nPlease use the master node.\n"),
            (enable.ExitCode, enable.StdOut));
    }

    [Fact]
    public async Task A_worker_carries_the_clustered_lock()
    {
        await using var lab = await ClusterWithWorkerAsync();

        var locks = await lab.SshAsync("pi-02", "test -e /var/snap/microk8s/current/var/lock/clustered.lock");
        var controlPlane = await lab.SshAsync("pi-01", "test -e /var/snap/microk8s/current/var/lock/clustered.lock");

        Assert.Equal(0, locks.ExitCode);
        Assert.NotEqual(0, controlPlane.ExitCode);
    }
}

using PiCluster.Remote;
using PiCluster.Steps;

namespace PiCluster.Tests.Steps;

/// <summary>Each failure text is as `microk8s join` prints it (reference §2.4): pi-02 (10.0.0.12) joining via pi-01 (10.0.0.11).</summary>
public sealed class JoinDiagnosisTests
{
    const string Contacting = "Contacting cluster at 10.0.0.11\n";

    static string Explain(int? exit, string stdout, string stderr = "") =>
        JoinDiagnosis.Explain("pi-02", "pi-01", "10.0.0.11", "10.0.0.12", new CommandResult(exit, stdout, stderr));

    static string Traceback(string error) => $"""
        Traceback (most recent call last):
          File "/snap/microk8s/8612/scripts/wrappers/join.py", line 1179, in <module>
            join(prog_name="microk8s join")
          File "/snap/microk8s/8612/scripts/wrappers/join.py", line 1170, in join
            join_dqlite(connection_parts, verify, worker)
          File "/snap/microk8s/8612/usr/lib/python3.8/socket.py", line 796, in create_connection
            sock.connect(sa)
        {error}

        """;

    [Theory]
    [InlineData("Connection failed. Failed to retrieve dqlite cluster nodes: the joining node (10.0.0.12) is already known to dqlite (500).")]
    [InlineData("Connection failed. The joining node (10.0.0.12) is already known to dqlite (504).")]
    public void A_stale_datastore_entry_points_at_repair_stale(string message)
    {
        Assert.Equal(
            "pi-01's datastore still lists pi-02's address 10.0.0.12 as a member (a stale entry from before pi-02 was reset): re-run with --repair-stale to remove it and join",
            Explain(6, Contacting + message + "\n"));
    }

    [Fact]
    public void An_invalid_token_points_at_the_clocks()
    {
        Assert.Equal(
            "pi-01 refused the join token as unknown or expired (a failed join burns a token): check that the clocks of pi-02 and pi-01 agree, then re-run",
            Explain(6, Contacting + "Connection failed. Invalid token (500).\n"));
    }

    [Fact]
    public void A_hostname_that_does_not_resolve_points_at_etc_hosts()
    {
        Assert.Equal(
            "pi-01 cannot resolve the name pi-02 to 10.0.0.12: check /etc/hosts on pi-01 (picluster writes it; something reset it), then re-run",
            Explain(6, Contacting + "Connection failed. The hostname (pi-02) of the joining node does not resolve to the IP \"10.0.0.12\". Refusing join (400).\n"));
    }

    [Theory]
    [InlineData("Connection failed. Hostname pi-02 should resolve to 10.0.0.12, but it did not. Refusing join. (400).")]
    [InlineData("Connection failed. The hostname (pi-02) of the joining node resolves to 10.0.0.99 instead of 10.0.0.12. Refusing join. (400).")]
    public void The_python_cluster_agents_hostname_refusals_point_at_etc_hosts(string message)
    {
        Assert.Equal(
            "pi-01 cannot resolve the name pi-02 to 10.0.0.12: check /etc/hosts on pi-01 (picluster writes it; something reset it), then re-run",
            Explain(6, Contacting + message + "\n"));
    }

    [Fact]
    public void An_agent_failure_without_a_message_points_at_the_agents_log()
    {
        Assert.Equal(
            "the cluster agent of pi-01 failed on the join without saying why: read `sudo journalctl -u snap.microk8s.daemon-cluster-agent` on pi-01 for its error, fix that, then re-run",
            Explain(6, Contacting + "Connection failed. (500).\n"));
    }

    [Theory]
    [InlineData("ConnectionRefusedError: [Errno 111] Connection refused")]
    [InlineData("TimeoutError: [Errno 110] Connection timed out")]
    [InlineData("OSError: [Errno 113] No route to host")]
    public void A_cluster_agent_out_of_reach_points_at_port_25000(string error)
    {
        Assert.Equal(
            "pi-02 cannot reach the cluster agent of pi-01 at 10.0.0.11:25000: check that microk8s runs on pi-01 and no firewall blocks port 25000 (sudo ufw allow 25000/tcp), then re-run",
            Explain(1, Contacting, Traceback(error)));
    }

    [Fact]
    public void An_http_failure_points_at_port_25000()
    {
        Assert.Equal(
            "pi-02 cannot reach the cluster agent of pi-01 at 10.0.0.11:25000: check that microk8s runs on pi-01 and no firewall blocks port 25000 (sudo ufw allow 25000/tcp), then re-run",
            Explain(1, Contacting + "Please ensure the master node is reachable. Remote end closed connection without response\n"));
    }

    [Fact]
    public void A_cluster_without_ha_points_at_the_ha_cluster_addon()
    {
        Assert.Equal(
            "pi-01 does not run the ha-cluster addon, so nodes cannot join it: run `sudo microk8s enable ha-cluster` on pi-01, then re-run",
            Explain(6, Contacting + "Connection failed. Not possible to join. This is not an HA MicroK8s cluster (501).\n"));
    }

    [Fact]
    public void A_shared_address_points_at_ansible_host()
    {
        Assert.Equal(
            "pi-02 and pi-01 have the same address 10.0.0.11: give each Pi its own ansible_host",
            Explain(6, Contacting + "Connection failed. The joining node has the same IP (10.0.0.11) as the node we contact (503).\n"));
    }

    [Fact]
    public void A_different_agent_port_points_at_the_cluster_agent_arguments()
    {
        Assert.Equal(
            "the cluster agent of pi-02 does not listen on port 25000 as pi-01's does: restore the default in /var/snap/microk8s/current/args/cluster-agent on pi-02",
            Explain(6, Contacting + "Connection failed. The port of the cluster agent port has to be set to 25000 (502).\n"));
    }

    [Fact]
    public void A_fingerprint_mismatch_points_at_the_address()
    {
        Assert.Equal(
            "pi-01's certificate did not match the join token's fingerprint at 10.0.0.11: make sure that address is pi-01 and no other machine, then re-run",
            Explain(4, "Joining cluster failed. Could not verify the identity of 10.0.0.11. Use '--skip-verify' to skip server certificate check.\n"));
    }

    [Fact]
    public void A_cluster_that_cannot_sign_worker_certificates_points_at_the_role()
    {
        Assert.Equal(
            "pi-01 cannot sign certificates for worker nodes: join pi-02 as a control plane (picluster_role: controlplane) or update microk8s on pi-01",
            Explain(1, Contacting + "Joining process failed. Make sure the cluster you connect to supports joining worker nodes.\n"));
    }

    [Fact]
    public void An_unknown_failure_quotes_the_first_stderr_line_and_the_exit_code()
    {
        Assert.Equal(
            "microk8s join on pi-02 (towards pi-01) failed (exit 5): Connecting to cluster failed with certificate verify failed.",
            Explain(5, Contacting, "\nConnecting to cluster failed with certificate verify failed.\nsecond line\n"));
    }

    [Fact]
    public void An_unknown_failure_without_stderr_quotes_the_last_stdout_line()
    {
        Assert.Equal(
            "microk8s join on pi-02 (towards pi-01) failed (exit 1): Please run microk8s join with --disable-low-memory-guard.",
            Explain(1, "This node does not have enough RAM to host the Kubernetes control plane services\nPlease run microk8s join with --disable-low-memory-guard.\n\n"));
    }

    [Fact]
    public void A_join_ended_by_a_signal_without_output_says_so()
    {
        Assert.Equal("microk8s join on pi-02 (towards pi-01) failed (exit by signal): no output", Explain(null, ""));
    }
}

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>The API server certificate, its SANs from csr.conf.template (reference day2 §4.2) and `microk8s refresh-certs`
/// (§4.4), seen over plain ssh with the node's own openssl.</summary>
public sealed class ServerCertTests
{
    const string Certs = "/var/snap/microk8s/current/certs";
    const string San = $"sudo openssl x509 -in {Certs}/server.crt -noout -ext subjectAltName";
    const string DefaultSans =
        "DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster, " +
        "DNS:kubernetes.default.svc.cluster.local, IP Address:127.0.0.1, IP Address:10.152.183.1";

    static string SanOutput(string names) => $"X509v3 Subject Alternative Name: \n    {names}\n";

    [Fact]
    public async Task A_fresh_install_has_the_reference_template_and_a_csr_conf_with_the_node_address_as_ip_3()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var template = await lab.SshOkAsync("pi-01", $"sudo cat {Certs}/csr.conf.template");
        var csrConf = await lab.SshOkAsync("pi-01", $"sudo cat {Certs}/csr.conf");

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Simulator", "csr.conf.template"));
        Assert.Equal(expected, template);
        Assert.Equal(expected.Replace("#MOREIPS", $"IP.3 = {lab.Address("pi-01")}"), csrConf);
    }

    [Fact]
    public async Task A_fresh_install_has_the_default_sans_and_the_node_address_signed_by_the_ca()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var sans = await lab.SshOkAsync("pi-01", San);
        var subject = await lab.SshOkAsync("pi-01", $"sudo openssl x509 -in {Certs}/server.crt -noout -subject");
        var verify = await lab.SshOkAsync("pi-01", $"sudo openssl verify -CAfile {Certs}/ca.crt {Certs}/server.crt");

        Assert.Equal(SanOutput($"{DefaultSans}, IP Address:{lab.Address("pi-01")}"), sans);
        Assert.Equal("subject=C = GB, ST = Canonical, L = Canonical, O = Canonical, OU = Canonical, CN = 127.0.0.1\n", subject);
        Assert.Equal($"{Certs}/server.crt: OK\n", verify);
    }

    [Fact]
    public async Task Refreshing_the_server_cert_after_a_template_edit_adds_the_new_names()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        await lab.SshOkAsync("pi-01", $"sudo sed -i 's/^#MOREIPS/DNS.6 = cluster.home.arpa\\nIP.3 = 10.0.0.100\\n#MOREIPS/' {Certs}/csr.conf.template");
        var revision = (await lab.SshOkAsync("pi-01", "readlink /var/snap/microk8s/current")).Trim();

        var refresh = await lab.SshAsync("pi-01", "sudo microk8s refresh-certs --cert server.crt");

        Assert.Equal(
            (0, $"Taking a backup of the current certificates under /var/snap/microk8s/{revision}/certs-backup/\n" +
                "Creating new certificates\nRestarting service kubelite.\nRestarting service cluster-agent.\n"),
            (refresh.ExitCode, refresh.StdOut));
        Assert.Equal(
            SanOutput($"{DefaultSans}, DNS:cluster.home.arpa, IP Address:10.0.0.100, IP Address:{lab.Address("pi-01")}"),
            await lab.SshOkAsync("pi-01", San));
        Assert.Contains($"IP.4 = {lab.Address("pi-01")}\n", await lab.SshOkAsync("pi-01", $"sudo cat {Certs}/csr.conf"));
        Assert.True((await lab.SshAsync("pi-01", $"sudo test -f /var/snap/microk8s/{revision}/certs-backup/certs/server.crt")).ExitCode == 0);
    }

    [Fact]
    public async Task A_refreshed_server_cert_changes_the_join_check_and_a_join_verifies_the_new_one()
    {
        await using var lab = await ClusterSetup.StartAsync(2);
        var before = await lab.TokenAsync("pi-01");
        await lab.SshOkAsync("pi-01", "sudo microk8s refresh-certs -e server.crt");

        var after = await lab.TokenAsync("pi-01");
        var join = await lab.JoinAsync("pi-02", "pi-01", after);

        Assert.NotEqual(before.Split('/')[1], after.Split('/')[1]);
        Assert.True(join.ExitCode == 0, join.ToString());
    }

    [Fact]
    public async Task Undo_restores_the_certificate_taken_in_the_backup()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        var original = await lab.SshOkAsync("pi-01", $"sudo cat {Certs}/server.crt");
        await lab.SshOkAsync("pi-01", "sudo microk8s refresh-certs --cert server.crt");

        var undo = await lab.SshAsync("pi-01", "sudo microk8s refresh-certs --undo");

        Assert.Equal(0, undo.ExitCode);
        Assert.StartsWith("Restarting, please wait.\n", undo.StdOut);
        Assert.Equal(original, await lab.SshOkAsync("pi-01", $"sudo cat {Certs}/server.crt"));
    }

    [Fact]
    public async Task Undo_without_a_backup_exits_1()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var undo = await lab.SshAsync("pi-01", "sudo microk8s refresh-certs -u");

        Assert.Equal((1, "No previous backup found\n"), (undo.ExitCode, undo.StdOut));
    }

    [Fact]
    public async Task Check_prints_the_days_left_of_the_three_certificates()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var check = await lab.SshAsync("pi-01", "sudo microk8s refresh-certs --check");

        Assert.Equal(
            (0, "The CA certificate will expire in 3649 days.\nThe server certificate will expire in 364 days.\n" +
                "The front proxy client certificate will expire in 364 days.\n"),
            (check.ExitCode, check.StdOut));
    }

    [Fact]
    public async Task Refresh_certs_without_sudo_needs_elevated_permissions_and_exits_50()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        await lab.SshOkAsync("pi-01", "sudo usermod -a -G microk8s \"$(id -un)\"");

        var refresh = await lab.SshAsync("pi-01", "/snap/bin/microk8s refresh-certs --cert server.crt");

        Assert.Equal((50, "Elevated permissions is needed for this operation. Please run this command with sudo.\n"), (refresh.ExitCode, refresh.StdOut));
    }

    [Fact]
    public async Task Refresh_certs_without_an_option_lists_the_certificates_and_exits_3()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var refresh = await lab.SshAsync("pi-01", "sudo microk8s refresh-certs");

        Assert.Equal(3, refresh.ExitCode);
        Assert.StartsWith("Please use the '--cert' flag to select the certificate you need refreshed.\n\nAvailable certificate options:\n", refresh.StdOut);
    }

    [Fact]
    public async Task Two_operations_at_once_exit_2()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var refresh = await lab.SshAsync("pi-01", "sudo microk8s refresh-certs -c -e server.crt");

        Assert.Equal((2, "Please select only one of the options -c, -u or -e.\n"), (refresh.ExitCode, refresh.StdOut));
    }

    [Fact]
    public async Task Refresh_certs_on_a_worker_prints_the_refusal_and_exits_0()
    {
        await using var lab = await ClusterSetup.StartAsync(2);
        await lab.JoinOkAsync("pi-02", "pi-01", "--worker");

        var refresh = await lab.SshAsync("pi-02", "sudo microk8s refresh-certs --cert server.crt");

        Assert.Equal(
            (0, "This MicroK8s deployment is acting as a node in a cluster. Please use the microk8s refresh-certs command on the master\n" +
                "and then return to this node to perform a microk8s leave and re-join.\n"),
            (refresh.ExitCode, refresh.StdOut));
    }

    [Fact]
    public async Task A_control_plane_joiner_takes_the_cluster_ca_and_signs_its_own_address()
    {
        await using var lab = await ClusterSetup.StartAsync(2);

        await lab.JoinOkAsync("pi-02", "pi-01");

        var ca = $"sudo sha256sum {Certs}/ca.crt {Certs}/ca.key";
        Assert.Equal(await lab.SshOkAsync("pi-01", ca), await lab.SshOkAsync("pi-02", ca));
        Assert.Equal($"{Certs}/server.crt: OK\n", await lab.SshOkAsync("pi-02", $"sudo openssl verify -CAfile {Certs}/ca.crt {Certs}/server.crt"));
        Assert.Equal(SanOutput($"{DefaultSans}, IP Address:{lab.Address("pi-02")}"), await lab.SshOkAsync("pi-02", San));
    }
}

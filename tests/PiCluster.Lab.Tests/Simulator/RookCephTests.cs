using System.Text.Json;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microk8s enable rook-ceph` and `microk8s connect-external-ceph` (reference §2.8, §3.10) with MicroCeph on the same Pi.</summary>
public sealed class RookCephTests
{
    const string NotValid = "'connect-external-ceph' is not a valid MicroK8s subcommand.\n";

    [Fact]
    public async Task Connect_external_ceph_exists_only_after_enable_rook_ceph_and_needs_microceph_on_that_pi()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        await lab.SshOkAsync("pi-01", "sudo microk8s status --wait-ready --timeout 30");

        var before = await lab.SshAsync("pi-01", "sudo microk8s connect-external-ceph");
        var enable = await lab.SshOkAsync("pi-01", "sudo microk8s enable rook-ceph");
        var withoutMicroCeph = await lab.SshAsync("pi-01", "sudo microk8s connect-external-ceph");

        Assert.Equal(1, before.ExitCode);
        Assert.StartsWith(NotValid, before.StdOut);
        Assert.StartsWith("Add Rook Helm repository https://charts.rook.io/release\nInstall Rook version v1.11.9\nCreating 'microk8s connect-external-ceph' command\n", enable);
        Assert.Contains("\n    sudo microk8s connect-external-ceph\n", enable);
        Assert.Equal(1, withoutMicroCeph.ExitCode);
        Assert.Equal("Looking for MicroCeph on the host\n", withoutMicroCeph.StdOut);
    }

    [Fact]
    public async Task Connect_external_ceph_makes_the_ceph_rbd_class_every_control_plane_sees_and_a_rerun_finds_it()
    {
        await using var lab = await ClusterSetup.StartAsync(3);
        await lab.JoinOkAsync("pi-02", "pi-01");
        await lab.JoinOkAsync("pi-03", "pi-01");
        await lab.SshOkAsync("pi-01", $"{CephSetup.Install} && sudo microceph cluster bootstrap && sudo microceph disk add loop,4G,3");
        await lab.SshOkAsync("pi-01", "sudo microk8s enable rook-ceph");

        var elsewhere = await lab.SshAsync("pi-02", "sudo microk8s connect-external-ceph");
        var first = await lab.SshOkAsync("pi-01", "sudo microk8s connect-external-ceph");
        var rerun = await lab.SshOkAsync("pi-01", "sudo microk8s connect-external-ceph");
        var seen = await lab.SshOkAsync("pi-03", "sudo microk8s kubectl get storageclass ceph-rbd -o json");
        var table = await lab.SshOkAsync("pi-02", "sudo microk8s kubectl get storageclass ceph-rbd");

        Assert.Equal(1, elsewhere.ExitCode);
        Assert.StartsWith(NotValid, elsewhere.StdOut);
        Assert.StartsWith("Looking for MicroCeph on the host\nDetected existing MicroCeph installation\nAttempting to connect to Ceph cluster\nSuccessfully connected to ", first);
        Assert.Contains("\nCreating pool microk8s-rbd0 in Ceph cluster\nConfiguring pool microk8s-rbd0 for RBD\n", first);
        Assert.Contains("\nImporting Ceph CSI secrets into MicroK8s\nstorageclass.storage.k8s.io/ceph-rbd created\nImporting external Ceph cluster\n", first);
        Assert.Matches(@"\nceph-rbd +rook-ceph\.rbd\.csi\.ceph\.com +Delete +Immediate +true +\d+s\n$", first);
        Assert.Contains("\nWARNING: Pool microk8s-rbd0 already exists\n", rerun);
        Assert.Contains("\nstorageclass ceph-rbd already exists\n", rerun);
        using var storageClass = JsonDocument.Parse(seen);
        Assert.Equal(("StorageClass", "ceph-rbd", "rook-ceph.rbd.csi.ceph.com", "Delete", true),
            (storageClass.RootElement.GetProperty("kind").GetString()!, storageClass.RootElement.GetProperty("metadata").GetProperty("name").GetString()!,
             storageClass.RootElement.GetProperty("provisioner").GetString()!, storageClass.RootElement.GetProperty("reclaimPolicy").GetString()!,
             storageClass.RootElement.GetProperty("allowVolumeExpansion").GetBoolean()));
        Assert.Matches(@"^NAME +PROVISIONER +RECLAIMPOLICY +VOLUMEBINDINGMODE +ALLOWVOLUMEEXPANSION +AGE\nceph-rbd +rook-ceph", table);
    }
}

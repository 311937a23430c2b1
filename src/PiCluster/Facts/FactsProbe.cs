using System.Globalization;
using PiCluster.Spec;
using PiCluster.Tools;

namespace PiCluster.Facts;

/// <summary>One command, run as root, that prints everything <see cref="HostFacts"/> holds; and its parser.</summary>
public static class FactsProbe
{
    const string DiskLines = $"s lsblk; {Lsblk.Command} 2>/dev/null\ns disk-ids; {DiskIds.Command}";
    const string StorageClassLine = $"s storage-classes; timeout 30 {MicroK8s.Binary} kubectl get storageclass -o name 2>/dev/null";
    const string CephMapLines = $"s ceph-mons; timeout 30 {MicroCeph.Mons} 2>/dev/null\n  s ceph-osd-map; timeout 30 {MicroCeph.OsdMap} 2>/dev/null";

    /// <summary>The probe; storage adds the block devices, the by-id links and (on a running control plane) the StorageClasses,
    /// which only storage hosts need and which would cost every other probe; Ceph's maps are read only when asked for.</summary>
    public static string Script(ProbeScope scope) => Build(scope.Storage, scope.CephMaps);

    static string Build(bool storage, bool cephMaps) => $$"""
        s() { printf '\n{{ProbeSections.Marker}}%s\n' "$1"; }
        s hostname; hostname
        s boot-id; cat /proc/sys/kernel/random/boot_id
        s os-release; cat /etc/os-release
        s arch; uname -m
        s meminfo; grep '^MemTotal:' /proc/meminfo
        [ -r /sys/firmware/devicetree/base/model ] && { s model; tr -d '\000' < /sys/firmware/devicetree/base/model; }
        [ -r /boot/firmware/cmdline.txt ] && { s cmdline.txt; cat /boot/firmware/cmdline.txt; }
        [ -r /boot/firmware/cmdline.txt.picluster.bak ] && { s cmdline.txt.picluster.bak; cat /boot/firmware/cmdline.txt.picluster.bak; }
        s cgroup.controllers; cat /sys/fs/cgroup/cgroup.controllers 2>/dev/null
        s time-sync; timedatectl show -p NTPSynchronized --value 2>/dev/null
        s etc-hosts; cat /etc/hosts 2>/dev/null
        s cloud-init-settings; cat {{CloudInit.SettingsPath}} 2>/dev/null
        s modules; for m in {{string.Join(' ', KernelModules.Needed)}}; do modprobe -n -q "$m" 2>/dev/null && echo "$m"; done
        s login-groups; id -nG "${SUDO_USER:-root}" 2>/dev/null
        s snaps; snap list 2>/dev/null
        {{(storage ? DiskLines : "")}}
        if [ -x {{MicroCeph.Binary}} ]; then
          s microceph-members; timeout 30 {{MicroCeph.Members}} 2>/dev/null
          s microceph-disks; timeout 30 {{MicroCeph.Disks}} 2>/dev/null
          s ceph-health; timeout 30 {{MicroCeph.Status}} 2>/dev/null
          {{(cephMaps ? CephMapLines : "")}}
        fi
        if [ -x {{MicroK8s.Binary}} ]; then
          s microk8s-locks; ls {{MicroK8s.Locks}} 2>/dev/null
          if [ -e {{MicroK8s.WorkerLock}} ]; then s microk8s-worker
          else
            st=$(timeout 30 {{MicroK8s.Binary}} {{MicroK8sOutput.StatusArgs}} 2>/dev/null)
            s microk8s-status; printf '%s\n' "$st"
            [ -r {{MicroK8s.DatastoreFile}} ] && { s microk8s-datastore; cat {{MicroK8s.DatastoreFile}}; }
            s microk8s-api-certificate; {{MicroK8s.ServerCertNames}} 2>/dev/null
            case "$st" in *"{{MicroK8sOutput.Running}}"*)
              s microk8s-nodes; timeout 30 {{MicroK8s.Binary}} kubectl get nodes -o json 2>/dev/null
              {{(storage ? StorageClassLine : "")}} ;;
            esac
          fi
        fi
        s end
        """;

    /// <summary>Reads the probe's stdout; a probe cut short (no `end` section) is an error, not half the facts.</summary>
    public static HostFacts Parse(string stdout)
    {
        var sections = new ProbeSections(stdout);
        if (!sections.Has("end")) throw new FormatException("the facts probe stopped before its end");
        var snaps = SnapList.Parse(sections["snaps"] ?? "");
        return new HostFacts
        {
            Hostname = sections["hostname"] ?? "",
            BootId = sections["boot-id"] ?? "",
            Os = OsRelease.Parse(sections["os-release"] ?? ""),
            Arch = sections["arch"] ?? "",
            MemoryKb = MemTotalKb(sections["meminfo"] ?? ""),
            Model = sections["model"],
            Cmdline = new BootCmdline(sections["cmdline.txt"]),
            CmdlineBackup = new BootCmdline(sections["cmdline.txt.picluster.bak"]),
            MemoryCgroupActive = (sections["cgroup.controllers"] ?? "").Split(' ').Contains("memory"),
            TimeSynchronized = sections["time-sync"] switch { "yes" => true, "no" => false, _ => null },
            EtcHosts = sections["etc-hosts"] ?? "",
            CloudInitSettings = sections["cloud-init-settings"] ?? "",
            LoadableModules = Words(sections["modules"]),
            LoginGroups = Words(sections["login-groups"]),
            Snaps = snaps,
            Disks = Lsblk.Parse(sections["lsblk"] ?? ""),
            DiskIds = Facts.DiskIds.Parse(sections["disk-ids"] ?? ""),
            MicroCeph = MicroCephFactsFrom(sections, snaps.FirstOrDefault(s => s.Name == "microceph")),
            MicroK8s = MicroK8sFactsFrom(sections, snaps.FirstOrDefault(s => s.Name == "microk8s")),
        };
    }

    static MicroK8sFacts? MicroK8sFactsFrom(ProbeSections sections, InstalledSnap? snap) => snap is null ? null : new MicroK8sFacts
    {
        Channel = snap.Tracking,
        Version = snap.Version,
        Revision = snap.Revision,
        Held = snap.Held,
        Role = sections.Has("microk8s-worker") ? MicroK8sRole.Worker : MicroK8sRole.ControlPlane,
        Running = MicroK8sOutput.ParseRunning(sections["microk8s-status"] ?? ""),
        Addons = MicroK8sOutput.ParseAddons(sections["microk8s-status"] ?? ""),
        Datastore = MicroK8sOutput.ParseDatastore(sections["microk8s-datastore"] ?? ""),
        Nodes = sections["microk8s-nodes"] is { Length: > 0 } nodes ? MicroK8sOutput.ParseNodes(nodes) : [],
        StorageClasses = Words(sections["storage-classes"]).Select(name => name.Split('/')[^1]).ToList(),
        Locks = Words(sections["microk8s-locks"]),
        ApiCertificate = ApiCertificate.Parse(sections["microk8s-api-certificate"] ?? ""),
    };

    static MicroCephFacts? MicroCephFactsFrom(ProbeSections sections, InstalledSnap? snap) => snap is null ? null : new MicroCephFacts
    {
        Channel = snap.Tracking,
        Version = snap.Version,
        Revision = snap.Revision,
        Held = snap.Held,
        Members = MicroCephOutput.ParseMembers(sections["microceph-members"] ?? ""),
        Disks = MicroCephOutput.ParseDisks(sections["microceph-disks"] ?? ""),
        Health = MicroCephOutput.ParseHealth(sections["ceph-health"] ?? ""),
        Mons = MicroCephOutput.ParseMons(sections["ceph-mons"] ?? ""),
        PoolSize = MicroCephOutput.ParsePoolSize(sections["ceph-osd-map"] ?? ""),
    };

    static string[] Words(string? text) => (text ?? "").Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    // "MemTotal:        8208608 kB"
    static long MemTotalKb(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, var kb, ..] && long.TryParse(kb, CultureInfo.InvariantCulture, out var value) ? value : 0;
}

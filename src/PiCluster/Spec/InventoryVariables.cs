using System.Text.RegularExpressions;

namespace PiCluster.Spec;

/// <summary>Every inventory variable PiCluster reads, in the order of docs/variables.md: the validator checks them, the specs read them,
/// and the table in docs/variables.md is these rows (a test compares the two).</summary>
public static partial class InventoryVariables
{
    public static readonly InventoryVariable Host = new("ansible_host", VariableType.Text, "Address to connect to, when it differs from the inventory name")
    { Example = "192.168.1.21" };

    public static readonly InventoryVariable SshHost = new("ansible_ssh_host", VariableType.Text, "Older name of `ansible_host`") { Example = "192.168.1.21" };

    public static readonly InventoryVariable Port = new("ansible_port", VariableType.Number, "SSH port (default {default})")
    { Default = "22", Example = "22", Range = (1, 65535) };

    public static readonly InventoryVariable SshPort = new("ansible_ssh_port", VariableType.Number, "Older name of `ansible_port`") { Example = "22", Range = (1, 65535) };

    public static readonly InventoryVariable User = new("ansible_user", VariableType.Text, "User to log in as (default: your user name)") { Example = "ubuntu" };

    public static readonly InventoryVariable SshUser = new("ansible_ssh_user", VariableType.Text, "Older name of `ansible_user`") { Example = "ubuntu" };

    public static readonly InventoryVariable KeyFile = new("ansible_ssh_private_key_file", VariableType.Text, "Private key to log in with")
    { Example = "~/.ssh/id_ed25519" };

    public static readonly InventoryVariable Password = new("ansible_password", VariableType.Text, "Password to log in with (discouraged; use `copy-id`)")
    { Example = "s3cret" };

    public static readonly InventoryVariable SshPass = new("ansible_ssh_pass", VariableType.Text, "Older name of `ansible_password`") { Example = "s3cret" };

    public static readonly InventoryVariable BecomePassword = new("ansible_become_password", VariableType.Text, "Password for sudo") { Example = "s3cret" };

    public static readonly InventoryVariable BecomePass = new("ansible_become_pass", VariableType.Text, "Older name of `ansible_become_password`") { Example = "s3cret" };

    public static readonly InventoryVariable SshCommonArgs = new("ansible_ssh_common_args", VariableType.Text,
        "ssh options: `-o UserKnownHostsFile=…`, `-J`/`-o ProxyJump=…`, `-o ProxyCommand=\"ssh -W %h:%p …\"`, `-i`, `-p`, `-o User=…`, "
        + "`-o ConnectTimeout=…`, `-o KexAlgorithms=…` are honoured; others are ignored with a warning")
    { Example = "-o StrictHostKeyChecking=yes" };

    public static readonly InventoryVariable SshExtraArgs = new("ansible_ssh_extra_args", VariableType.Text, "Read like `ansible_ssh_common_args`")
    { Example = "-o IdentitiesOnly=yes" };

    public static readonly InventoryVariable SshTimeout = new("ansible_ssh_timeout", VariableType.Number, "Seconds to wait for the SSH connection") { Example = "10" };

    public static readonly InventoryVariable Connection = new("ansible_connection", VariableType.Text, "`ssh`, `smart` or `paramiko` (PiCluster speaks SSH only)")
    { Example = "ssh", Allowed = ["ssh", "smart", "paramiko"] };

    public static readonly InventoryVariable Become = new("ansible_become", VariableType.Boolean,
        "Accepted for Ansible's sake; PiCluster uses sudo where root is needed")
    { Example = "true" };

    public static readonly InventoryVariable PythonInterpreter = new("ansible_python_interpreter", VariableType.Text,
        "For Ansible; PiCluster does not need Python on the Pis")
    { Example = "/usr/bin/python3" };

    public static readonly InventoryVariable JumpHost = new("picluster_jump_host", VariableType.Text,
        "Bastion to reach the host through, as `user@host:port` (like `ssh -J`)")
    { Example = "pi@gateway.example.com:22" };

    public static readonly InventoryVariable Role = new("picluster_role", VariableType.Text,
        "`controlplane` (default: runs the API server and the datastore; three or more make the cluster highly available) or `worker`")
    { Default = "controlplane", Example = "worker", Allowed = ["controlplane", "worker"] };

    public static readonly InventoryVariable MicroK8sChannel = new("microk8s_channel", VariableType.Text,
        "Snap channel to install, `track/risk` (default `{default}`); `up` reports a node on another one, `upgrade` moves it there")
    { Default = "1.35/stable", Example = "1.35/stable", Shape = (MicroK8sTrack(), "a snap channel", "Write track/risk, e.g. 1.35/stable") };

    public static readonly InventoryVariable Addons = new("microk8s_addons", VariableType.TextList,
        "Addons to enable once for the cluster, `name` or `name:arguments`, e.g. `[dns, \"metallb:10.0.0.240-10.0.0.250\"]` (default none; `metallb` "
        + "without a range is refused, as it would wait for a terminal). Give it once (under `all: vars:`); different arguments on different hosts are refused")
    { Example = "[dns, \"metallb:10.0.0.240-10.0.0.250\"]" };

    public static readonly InventoryVariable State = new("picluster_state", VariableType.Text,
        "`{default}` (the default) or `absent`: `up` removes an absent host from Ceph and from the cluster, drains it, and removes MicroK8s and MicroCeph "
        + "from it (see docs: removing a Pi); then delete it from the inventory")
    { Default = "present", Example = "absent", Allowed = ["present", "absent"] };

    public static readonly InventoryVariable AllowHaLoss = new("picluster_allow_ha_loss", VariableType.Boolean,
        "`true` lets `up` remove control planes so that fewer than three remain, which ends high availability (like `--allow-ha-loss`; default `{default}`)")
    { Default = "false", Example = "true" };

    public static readonly InventoryVariable ReadyTimeout = new("picluster_ready_timeout", VariableType.Number,
        "Seconds to wait for MicroK8s to be ready, and for a joined node to be Ready (default {default})")
    { Default = "300", MinimumSeconds = 1 };

    public static readonly InventoryVariable DrainTimeout = new("picluster_drain_timeout", VariableType.Number,
        "Seconds `upgrade` lets `kubectl drain` evict a node's pods, as their PodDisruptionBudgets allow, before it stops (default {default})")
    { Default = "300", MinimumSeconds = 1 };

    public static readonly InventoryVariable RebalanceTimeout = new("picluster_rebalance_timeout", VariableType.Number,
        "Seconds `microceph disk remove` may wait for Ceph to move an OSD's data to the others when a storage Pi is removed (default {default})")
    { Default = "3600", MinimumSeconds = 1 };

    public static readonly InventoryVariable RebootTimeout = new("picluster_reboot_timeout", VariableType.Number,
        "Seconds to wait for a rebooted Pi to answer with a new boot id (default {default})")
    { Default = "600", MinimumSeconds = 1 };

    public static readonly InventoryVariable CephDisks = new("microceph_disks", VariableType.TextList,
        "Disks of this Pi to make Ceph OSDs, each by its `/dev/disk/by-id/…` path (stable across reboots), or `loop,SIZE,COUNT` (e.g. `loop,4G,3`) "
        + "for a trial; a Pi with this set (even to `[]`) runs MicroCeph (default: not a storage Pi)")
    {
        Example = "[/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0]",
        Shape = (Disk(), "an absolute device path or a loop spec",
                "Name each disk by its /dev/disk/by-id/… path (stable across reboots), or write loop,SIZE,COUNT such as loop,4G,3 for a trial"),
    };

    public static readonly InventoryVariable CephWipe = new("microceph_wipe", VariableType.TextList,
        "Disks from `microceph_disks` that may be wiped when they hold partitions or data (default none: such a disk is left alone and reported)")
    { Example = "[/dev/disk/by-id/usb-CT250MX5_00SSD1_111122223333-0:0]" };

    public static readonly InventoryVariable CephChannel = new("microceph_channel", VariableType.Text, "Snap channel of MicroCeph (default `{default}`); `upgrade` moves the storage Pis to it, one Ceph release at a time")
    { Default = "squid/stable", Example = "squid/stable", Shape = (CephTrack(), "a snap channel", "Write track/risk, e.g. squid/stable") };

    public static readonly InventoryVariable ClusterName = new("picluster_cluster_name", VariableType.Text,
        "Name of the cluster, its user and its context in your kubeconfig (default `{default}`)")
    { Default = "picluster", Example = "home", Shape = (KubeconfigName(), "a name of letters, digits, `-`, `_` and `.`", "Write a short name such as home or picluster") };

    public static readonly InventoryVariable ApiAddress = new("picluster_api_address", VariableType.Text,
        "DNS name or IP address (e.g. a VIP) your kubeconfig reaches the API server by; `up` adds it to every control plane's API "
        + "certificate (default: the first control plane's address)")
    { Example = "cluster.home.arpa", Shape = (DnsNameOrAddress(), "a DNS name or an IP address", "Write a name such as cluster.home.arpa or an address such as 192.168.1.50") };

    public static IReadOnlyList<InventoryVariable> All { get; } =
    [
        Host, SshHost, Port, SshPort, User, SshUser, KeyFile, Password, SshPass, BecomePassword, BecomePass, SshCommonArgs, SshExtraArgs, SshTimeout, Connection, Become,
        PythonInterpreter, JumpHost, Role, MicroK8sChannel, Addons, State, AllowHaLoss, ReadyTimeout, DrainTimeout, RebalanceTimeout, RebootTimeout, CephDisks, CephWipe, CephChannel, ClusterName, ApiAddress,
    ];

    public static InventoryVariable? Find(string name) => All.FirstOrDefault(v => v.Name == name);

    /// <summary>The table of docs/variables.md, header included.</summary>
    public static string Table => string.Join('\n', ["| Variable | Type | Meaning |", "|---|---|---|", .. All.Select(v => v.Row)]);

    [GeneratedRegex(@"^(latest|[0-9]+\.[0-9]+(-[a-z]+)?)/(stable|candidate|beta|edge)(/[a-z0-9-]+)?$")]
    private static partial Regex MicroK8sTrack();

    [GeneratedRegex(@"^[a-z0-9.-]+/(stable|candidate|beta|edge)(/[a-z0-9-]+)?$")]
    private static partial Regex CephTrack();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")]
    private static partial Regex KubeconfigName();

    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$")]
    private static partial Regex DnsNameOrAddress();

    [GeneratedRegex(@"^(/dev/[A-Za-z0-9._:/@+=-]+|loop,[1-9][0-9]*[MGT],[1-9][0-9]*)$")]
    private static partial Regex Disk();
}

namespace PiCluster.Tests.Ansible;

/// <summary>
/// One situation of Ansible's configuration: files under a case folder (`work/` is the current folder, `home/` is $HOME) and
/// environment variables, where `{root}` stands for the case folder. <see cref="Latin1"/> files are written as ISO-8859-1.
/// </summary>
public sealed record ConfigCase(string Name, IReadOnlyDictionary<string, string> Files, IReadOnlyDictionary<string, string>? Environment = null)
{
    public bool WorldWritable { get; init; }

    /// <summary>Also run `ansible-inventory --list` with the case's configuration.</summary>
    public bool ListsInventory { get; init; }
    public IReadOnlyDictionary<string, string> Latin1 { get; init; } = new Dictionary<string, string>();

    public override string ToString() => Name;

    const string Everything = """
        # a comment
        ; another
        [defaults]
        inventory = hosts.yaml, ~/inventories/lab ,sub/../more.ini,
            ../shared/hosts
        remote_user = 'ubuntu'
        private_key_file = keys/id_ed25519
        forks = 7
        timeout = 20 ; seconds
        host_key_checking = False
        nocows = 1
        Some_Unknown_Key: value

        [privilege_escalation]
        become_user = admin
        become_ask_pass = yes

        [ssh_connection]
        ssh_args = -C -o ControlMaster=auto -o ControlPersist=60s -o UserKnownHostsFile=~/kh
        pipelining = True
        scp_if_ssh = True
        """;

    static Dictionary<string, string> Env(params (string Name, string Value)[] variables) => variables.ToDictionary(v => v.Name, v => v.Value);

    public static IReadOnlyList<ConfigCase> All { get; } =
    [
        new("no ansible.cfg anywhere", new Dictionary<string, string>()),
        new("every setting in ./ansible.cfg", new Dictionary<string, string> { ["work/ansible.cfg"] = Everything }),
        new("ANSIBLE_CONFIG names a folder, over ./ansible.cfg",
            new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks = 3\n", ["other/ansible.cfg"] = "[defaults]\nforks = 4\ninventory = inv\n" },
            Env(("ANSIBLE_CONFIG", "{root}/other"))),
        new("ANSIBLE_CONFIG names a missing file: ./ansible.cfg is read",
            new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks = 3\n" }, Env(("ANSIBLE_CONFIG", "{root}/missing.cfg"))),
        new("ANSIBLE_CONFIG relative, an .ini file",
            new Dictionary<string, string> { ["other/custom.ini"] = "[defaults]\ninventory = hosts\nprivate_key_file = ~/.ssh/pi\n" }, Env(("ANSIBLE_CONFIG", "../other/custom.ini"))),
        new("~/.ansible.cfg when there is no ./ansible.cfg",
            new Dictionary<string, string> { ["home/.ansible.cfg"] = "[defaults]\nremote_user = pi\ninventory = ~/hosts.yaml\n" }),
        new("./ansible.cfg in a world-writable folder is skipped",
            new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks = 3\n", ["home/.ansible.cfg"] = "[defaults]\nforks = 4\n" }) { WorldWritable = true },
        new("./ansible.cfg in a world-writable folder, named by ANSIBLE_CONFIG",
            new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks = 3\n" }, Env(("ANSIBLE_CONFIG", "{root}/work/ansible.cfg"))) { WorldWritable = true },
        new("every ANSIBLE_ variable over the file",
            new Dictionary<string, string> { ["work/ansible.cfg"] = Everything },
            Env(("ANSIBLE_INVENTORY", "a.yaml,~/b, ../c "), ("ANSIBLE_REMOTE_USER", "deploy"), ("ANSIBLE_PRIVATE_KEY_FILE", "~/.ssh/other"), ("ANSIBLE_FORKS", "12"),
                ("ANSIBLE_TIMEOUT", "30"), ("ANSIBLE_HOST_KEY_CHECKING", "yes"), ("ANSIBLE_BECOME_USER", "root"), ("ANSIBLE_BECOME_ASK_PASS", "Off"),
                ("ANSIBLE_SSH_ARGS", "-o ProxyJump=pi@gateway"))),
        new("the ssh and sudo plugins' own keys win over [defaults] and [privilege_escalation]",
            new Dictionary<string, string>
            {
                ["work/ansible.cfg"] = "[ssh_connection]\ntimeout = 8\nhost_key_checking = f\n[defaults]\ntimeout = 5\nhost_key_checking = true\n"
                    + "[sudo_become_plugin]\nuser = deploy\n[privilege_escalation]\nbecome_user = admin\n",
            }),
        new("the ssh and sudo plugins' own variables win",
            new Dictionary<string, string>(),
            Env(("ANSIBLE_TIMEOUT", "5"), ("ANSIBLE_SSH_TIMEOUT", "9"), ("ANSIBLE_HOST_KEY_CHECKING", "True"), ("ANSIBLE_SSH_HOST_KEY_CHECKING", "n"),
                ("ANSIBLE_BECOME_USER", "admin"), ("ANSIBLE_SUDO_USER", "deploy"))),
        new("an empty ANSIBLE_FORKS means the default, not the file's",
            new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks = 7\nremote_user = pi\n" }, Env(("ANSIBLE_FORKS", ""), ("ANSIBLE_REMOTE_USER", ""))),
        new("[DEFAULT] is seen through the sections that exist",
            new Dictionary<string, string> { ["work/ansible.cfg"] = "[DEFAULT]\nforks = 3\nremote_user = pi\ntimeout = 4\n[defaults]\nremote_user = ubuntu\n" }),
        new("$VARIABLES in paths",
            new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nprivate_key_file = $PICFG_KEYS/id\ninventory = ${PICFG_INV}/hosts, $PICFG_UNSET/x\n" },
            Env(("PICFG_KEYS", "{root}/keys"), ("PICFG_INV", "inv"))),
        new("quotes and comments",
            new Dictionary<string, string>
            {
                ["work/ansible.cfg"] = "[defaults]\n  # indented comment\nremote_user = \"bob\" ; inline\nbecome_user: 'x\"\nforks=5 ;5\n[ssh_connection]\nssh_args = \"-o User=x\"\n",
            }),
        new("several inventory sources, each with vars folders beside it",
            new Dictionary<string, string>
            {
                ["work/ansible.cfg"] = "[defaults]\ninventory = a/hosts.yaml, b/hosts.ini,c\n",
                ["work/a/hosts.yaml"] = "all:\n  children:\n    edge:\n      hosts:\n        pi1: { x: a-file }\n        pi2:\n",
                ["work/a/group_vars/all.yaml"] = "v_all: a\nshared: a-all\n",
                ["work/a/group_vars/edge.yaml"] = "shared: a-edge\norder: a-edge\n",
                ["work/a/host_vars/pi1.yaml"] = "hv: a\n",
                ["work/b/hosts.ini"] = "[edge]\npi2 x=b-file\npi3\n[core]\npi1\n[core:vars]\norder=b-core-ini\n",
                ["work/b/group_vars/all.yaml"] = "shared: b-all\norder: b-all\n",
                ["work/b/group_vars/core.yaml"] = "order: b-core\n",
                ["work/b/host_vars/pi1.yaml"] = "hv: b\n",
                ["work/c/more.yaml"] = "core:\n  hosts:\n    pi4:\n",
                ["work/c/group_vars/edge.yaml"] = "shared: c-edge\n",
            }) { ListsInventory = true },
        new("Windows line ends", new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\r\nforks = 6\r\nremote_user = pi\r\n" }),
        new("forks that is not a number", new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks = abc\n" }),
        new("forks written as 7.0", new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks = 7.0\n" }),
        new("forks left empty", new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks =\n" }),
        new("no section header", new Dictionary<string, string> { ["work/ansible.cfg"] = "forks = 3\n" }),
        new("a YAML file named ansible.cfg", new Dictionary<string, string> { ["work/ansible.cfg"] = "defaults:\n  forks: 3\n" }),
        new("a key given twice", new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks = 3\nFORKS = 4\n" }),
        new("a section given twice", new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks = 3\n[defaults]\ntimeout = 4\n" }),
        new("a line that is no key", new Dictionary<string, string> { ["work/ansible.cfg"] = "[defaults]\nforks\n" }),
        new("ANSIBLE_FORKS that is not a number", new Dictionary<string, string>(), Env(("ANSIBLE_FORKS", "abc"))),
        new("ANSIBLE_TIMEOUT of 1.5", new Dictionary<string, string>(), Env(("ANSIBLE_TIMEOUT", "1.5"))),
        new("ANSIBLE_CONFIG names a .yaml file", new Dictionary<string, string> { ["other/ansible.yaml"] = "[defaults]\nforks = 3\n" }, Env(("ANSIBLE_CONFIG", "{root}/other/ansible.yaml"))),
        new("an ansible.cfg in ISO-8859-1 with a comment that is not ASCII", new Dictionary<string, string>())
        {
            Latin1 = new Dictionary<string, string> { ["work/ansible.cfg"] = "# Jos\u00e9's Pis\n[defaults]\nremote_user = pi\n" },
        },
    ];
}

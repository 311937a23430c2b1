using System.Text.Json.Nodes;
using PiCluster.Ansible;
using PiCluster.Spec;
using PiCluster.Tests.Ansible;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Spec;

public sealed class InventoryValidatorTests
{
    static InventoryException Check(string name)
    {
        var inventory = InventoryLoader.Load(TestData.BrokenInventory(name));
        return Assert.Throws<InventoryException>(() => InventoryValidator.Check(inventory.Hosts));
    }

    [Fact]
    public void A_near_miss_of_a_known_variable_suggests_it()
    {
        var error = Check("validator-typo.yaml");

        Assert.Equal($"{TestData.BrokenInventory("validator-typo.yaml")}:4:21: ansible_hots is not a variable PiCluster knows. Did you mean ansible_host?", error.Message);
    }

    [Fact]
    public void A_connection_other_than_ssh_is_refused()
    {
        var error = Check("validator-connection.yaml");

        Assert.Equal($"{TestData.BrokenInventory("validator-connection.yaml")}:3:25: ansible_connection is 'local', but PiCluster accepts only ssh, smart, paramiko. Set ansible_connection to ssh or remove it", error.Message);
    }

    [Fact]
    public void The_first_problem_in_the_file_is_reported()
    {
        // ansible_become: maybe (line 3) comes before ansible_prot (line 9); other Ansible variables and plain names are fine.
        var error = Check("validator-order.yaml");

        Assert.Equal($"{TestData.BrokenInventory("validator-order.yaml")}:3:21: ansible_become must be true or false, got 'maybe'. Write true or false", error.Message);
    }

    [Fact]
    public void A_wrong_type_for_a_known_variable_is_refused()
    {
        var inventory = InventoryLoader.Load(TestData.BrokenInventory("port-word.yaml"));

        var error = Assert.Throws<InventoryException>(() => InventoryValidator.Check(inventory.Hosts));

        Assert.Equal("ansible_port must be an integer, got 'twenty-two'", error.Problem);
    }

    [Theory]
    [InlineData("lab.yaml")]
    [InlineData("guide-usa.ini")]
    [InlineData("precedence/inventory.yaml")]
    [InlineData("vars-folders/hosts")]
    public void Ordinary_inventories_pass(string name)
    {
        InventoryValidator.Check(InventoryLoader.Load(TestData.Inventory(name)).Hosts);
    }

    [Theory]
    [InlineData("ansible_scp_extra_args")]
    [InlineData("ansible_ssh_user")]
    [InlineData("ansible_become_user")]
    [InlineData("picluster_something_new_and_far_from_anything")]
    [InlineData("ntp_server")]
    public void Real_ansible_variables_and_unrelated_names_are_not_typos(string name)
    {
        var host = new InventoryHost("pi1", ["all"], new Dictionary<string, Variable> { [name] = new(name, JsonValue.Create("x"), new SourceSpot("inventory.yaml", 1, 1)) });

        InventoryValidator.Check([host]);
    }

    [Theory]
    [InlineData("ansible_port", "-1")]
    [InlineData("ansible_port", "0")]
    [InlineData("ansible_port", "65536")]
    [InlineData("ansible_ssh_port", "99999")]
    public void A_port_outside_1_to_65535_is_refused_where_it_is_set(string name, string port)
    {
        using var dir = new TempDir();
        var file = dir.Write("ports.yaml", $"all:\n  hosts:\n    pi1:\n      {name}: {port}\n");
        var inventory = InventoryLoader.Load(file);
        var message = $"{file}:4:{name.Length + 9}: {name} must be from 1 to 65535, got {port}. Set it to a number from 1 to 65535, e.g. 22";

        Assert.Equal(message, Assert.Throws<InventoryException>(() => InventoryValidator.Check(inventory.Hosts)).Message);
        Assert.Equal(message, Assert.Throws<InventoryException>(() => inventory.Hosts[0].Number(InventoryVariables.Find(name)!)).Message);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("65535")]
    public void The_lowest_and_highest_ports_are_accepted(string port)
    {
        using var dir = new TempDir();

        InventoryValidator.Check(InventoryLoader.Load(dir.Write("ports.yaml", $"all:\n  hosts:\n    pi1:\n      ansible_port: {port}\n")).Hosts);
    }

    [Theory]
    [InlineData("cluster.home.arpa")]
    [InlineData("k8s")]
    [InlineData("192.168.1.50")]
    [InlineData("fd00::50")]
    public void An_api_address_is_a_dns_name_or_an_ip_address(string address)
    {
        using var dir = new TempDir();

        InventoryValidator.Check(InventoryLoader.Load(dir.Write("api.yaml", $"all:\n  vars:\n    picluster_api_address: \"{address}\"\n  hosts:\n    pi1:\n")).Hosts);
    }

    [Theory]
    [InlineData("https://cluster.home.arpa")]
    [InlineData("cluster.home.arpa:16443")]
    [InlineData("-bad.example")]
    public void An_api_address_with_a_scheme_port_or_bad_label_is_refused_with_the_fix(string address)
    {
        using var dir = new TempDir();
        var file = dir.Write("api.yaml", $"all:\n  vars:\n    picluster_api_address: \"{address}\"\n  hosts:\n    pi1:\n");

        var error = Assert.Throws<InventoryException>(() => InventoryValidator.Check(InventoryLoader.Load(file).Hosts));

        Assert.Equal($"{file}:3:28: picluster_api_address '{address}' is not a DNS name or an IP address. "
            + "Write a name such as cluster.home.arpa or an address such as 192.168.1.50", error.Message);
    }

    [Fact]
    public void The_table_holds_every_variable_PiCluster_reads_once()
    {
        string[] expected =
        [
            "ansible_host", "ansible_ssh_host", "ansible_port", "ansible_ssh_port", "ansible_user", "ansible_ssh_user", "ansible_ssh_private_key_file", "ansible_password", "ansible_ssh_pass",
            "ansible_become_password", "ansible_become_pass", "ansible_ssh_common_args", "ansible_ssh_extra_args", "ansible_ssh_timeout",
            "ansible_connection", "ansible_become", "ansible_python_interpreter", "picluster_jump_host",
            "picluster_role", "microk8s_channel", "microk8s_addons", "picluster_state", "picluster_allow_ha_loss", "picluster_ready_timeout", "picluster_drain_timeout",
            "picluster_rebalance_timeout", "picluster_reboot_timeout",
            "microceph_disks", "microceph_wipe", "microceph_channel", "picluster_cluster_name", "picluster_api_address",
        ];

        Assert.Equal(expected, InventoryVariables.All.Select(v => v.Name));
        Assert.All(InventoryVariables.All, v => Assert.False(string.IsNullOrWhiteSpace(v.Meaning)));
    }
}

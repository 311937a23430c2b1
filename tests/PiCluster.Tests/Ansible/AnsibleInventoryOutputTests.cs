using PiCluster.Ansible;
using PiCluster.Ansible.Output;

namespace PiCluster.Tests.Ansible;

/// <summary>ansible-inventory's --list and --graph output, written by hand from Ansible's documented format.</summary>
public sealed class AnsibleInventoryOutputTests
{
    static readonly HashSet<string> NothingRedacted = [];

    [Fact]
    public void Lists_groups_with_their_hosts_and_children_and_sorted_keys()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-basic.yaml"));

        var list = AnsibleInventoryJson.List(inventory, inventory.Hosts, NothingRedacted);

        Assert.Equal("""
            {
                "_meta": {
                    "hostvars": {}
                },
                "all": {
                    "children": [
                        "ungrouped",
                        "webservers",
                        "dbservers"
                    ]
                },
                "dbservers": {
                    "hosts": [
                        "one.example.com",
                        "two.example.com",
                        "three.example.com"
                    ]
                },
                "ungrouped": {
                    "hosts": [
                        "mail.example.com"
                    ]
                },
                "webservers": {
                    "hosts": [
                        "foo.example.com",
                        "bar.example.com"
                    ]
                }
            }
            """, list);
    }

    [Fact]
    public void Lists_host_variables_under_meta_and_leaves_out_empty_groups()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-usa.ini"));

        var list = AnsibleInventoryJson.List(inventory, inventory.Hosts, NothingRedacted);

        Assert.Contains("""
                    "hostvars": {
                        "host1": {
                            "escape_pods": 2,
                            "halon_system_timeout": 30,
                            "self_destruct_countdown": 60,
                            "some_server": "foo.southeast.example.com"
                        },
            """.ReplaceLineEndings("\n"), list);
        // northeast has no hosts and no children: it is named under usa but has no entry of its own.
        Assert.Contains("\"northeast\",", list);
        Assert.DoesNotContain("\"northeast\": {", list);
        Assert.Contains("\"ungrouped\"", list);
        Assert.DoesNotContain("\"ungrouped\": {", list);
    }

    [Fact]
    public void Redacted_variables_print_as_stars()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("lab.yaml"));

        var list = AnsibleInventoryJson.List(inventory, inventory.Hosts, new HashSet<string> { "ansible_host", "ansible_user" });

        Assert.Contains("\"ansible_host\": \"********\",", list);
        Assert.Contains("\"ansible_user\": \"********\"", list);
        Assert.Contains("\"ansible_port\": 22,", list);
    }

    [Fact]
    public void A_limited_list_keeps_only_the_selected_hosts()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-parents.yaml"));

        var list = AnsibleInventoryJson.List(inventory, HostPattern.Select(inventory, "west"), NothingRedacted);

        Assert.Equal("""
            {
                "_meta": {
                    "hostvars": {}
                },
                "all": {
                    "children": [
                        "ungrouped",
                        "webservers",
                        "dbservers",
                        "east",
                        "west",
                        "prod",
                        "test"
                    ]
                },
                "dbservers": {
                    "hosts": [
                        "three.example.com"
                    ]
                },
                "prod": {
                    "children": [
                        "east"
                    ]
                },
                "test": {
                    "children": [
                        "west"
                    ]
                },
                "webservers": {
                    "hosts": [
                        "bar.example.com"
                    ]
                },
                "west": {
                    "hosts": [
                        "bar.example.com",
                        "three.example.com"
                    ]
                }
            }
            """, list);
    }

    [Fact]
    public void Graphs_groups_as_a_tree_with_hosts_after_child_groups()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-usa.yaml"));

        var graph = AnsibleInventoryGraph.Render(inventory, inventory.Hosts);

        Assert.Equal("""
            @all:
              |--@ungrouped:
              |--@usa:
              |  |--@southeast:
              |  |  |--@atlanta:
              |  |  |  |--host1
              |  |  |  |--host2
              |  |  |--@raleigh:
              |  |  |  |--host2
              |  |  |  |--host3
              |  |--@northeast:
              |  |--@northwest:
              |  |--@southwest:
            """, graph);
    }

    [Fact]
    public void A_limited_graph_leaves_out_the_other_hosts_but_keeps_every_group()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-usa.yaml"));

        var graph = AnsibleInventoryGraph.Render(inventory, HostPattern.Select(inventory, "raleigh:!host2"));

        Assert.Equal("""
            @all:
              |--@ungrouped:
              |--@usa:
              |  |--@southeast:
              |  |  |--@atlanta:
              |  |  |--@raleigh:
              |  |  |  |--host3
              |  |--@northeast:
              |  |--@northwest:
              |  |--@southwest:
            """, graph);
    }
}

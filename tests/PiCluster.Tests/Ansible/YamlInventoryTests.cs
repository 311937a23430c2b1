using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

public sealed class YamlInventoryTests
{
    [Fact]
    public void Reads_the_guide_example_with_webservers_and_dbservers()
    {
        // When
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-basic.yaml"));

        // Then
        Assert.Equal(["mail.example.com", "foo.example.com", "bar.example.com", "one.example.com", "two.example.com", "three.example.com"], inventory.Hosts.Names());
        Assert.Equal(["all", "ungrouped", "webservers", "dbservers"], inventory.Groups.Select(g => g.Name));
        Assert.Equal(["ungrouped", "webservers", "dbservers"], inventory.Group("all").Children);
        Assert.Equal(["mail.example.com"], inventory.Group("ungrouped").Hosts);
        Assert.Equal(["foo.example.com", "bar.example.com"], inventory.Group("webservers").Hosts);
        Assert.Equal(["all", "webservers"], inventory.Host("foo.example.com").Groups);
        Assert.Empty(inventory.Host("foo.example.com").Vars);
    }

    [Fact]
    public void A_host_in_several_groups_is_one_host_in_all_of_them()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-parents.yaml"));

        Assert.Equal(6, inventory.Hosts.Count);
        Assert.Equal(["east"], inventory.Group("prod").Children);
        // Ordered as Ansible applies group variables: by depth, then priority, then name.
        Assert.Equal(["all", "prod", "webservers", "east"], inventory.Host("foo.example.com").Groups);
        Assert.Equal(["all", "dbservers", "test", "west"], inventory.Host("three.example.com").Groups);
    }

    [Fact]
    public void Nested_groups_give_each_host_every_ancestor_and_their_variables()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-usa.yaml"));

        var host2 = inventory.Host("host2");
        Assert.Equal(["all", "usa", "southeast", "atlanta", "raleigh"], host2.Groups);
        Assert.Equal("\"foo.southeast.example.com\"", host2.Json("some_server"));
        Assert.Equal("30", host2.Json("halon_system_timeout"));
        Assert.Equal(["southeast", "northeast", "northwest", "southwest"], inventory.Group("usa").Children);
        Assert.Empty(inventory.Group("northeast").Hosts);
    }

    [Fact]
    public void Hosts_written_with_a_bare_colon_have_no_variables()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-basic.yaml"));

        Assert.All(inventory.Hosts, host => Assert.Empty(host.Vars));
    }

    [Fact]
    public void Ranges_expand_with_leading_zeros_letters_and_steps()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-hostvars.yaml"));

        Assert.Equal(["www01.example.com", "www03.example.com", "www05.example.com"], inventory.Group("webservers").Hosts.Take(3));
        Assert.Equal("www49.example.com", inventory.Group("webservers").Hosts[24]);
        Assert.Equal(["db-a.example.com", "db-b.example.com", "db-c.example.com", "db-d.example.com", "db-e.example.com", "db-f.example.com"],
            inventory.Group("databases").Hosts);
    }

    [Fact]
    public void Several_ranges_in_one_name_expand_left_range_first()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("ungrouped.yaml"));

        Assert.Equal(["pi01", "pi02", "pi03"], inventory.Hosts.Names().Where(n => n.StartsWith("pi", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_port_after_the_host_name_sets_ansible_port()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-hostvars.yaml"));

        var badwolf = inventory.Host("badwolf.example.com").Vars["ansible_port"];
        Assert.Equal("5309", Values.Json(badwolf.Value));
        Assert.Equal(new SourceSpot(TestData.Inventory("guide-hostvars.yaml"), 15, 25), badwolf.Where);
        Assert.Equal("5555", inventory.Host("jumper").Json("ansible_port"));
    }

    [Fact]
    public void Merge_keys_take_the_anchor_and_let_the_host_override_it()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("anchors.yaml"));

        Assert.Equal("\"ubuntu\"", inventory.Host("pi1").Json("ansible_user"));
        Assert.Equal("\"10.0.0.1\"", inventory.Host("pi1").Json("ansible_host"));
        Assert.Equal("2222", inventory.Host("pi2").Json("ansible_port"));
        // In a list of merged anchors the first one listed wins.
        Assert.Equal("22", inventory.Host("pi3").Json("ansible_port"));
        Assert.Equal("true", inventory.Host("pi3").Json("ansible_become"));
        Assert.Equal("2200", inventory.Host("pi4").Json("ansible_port"));
        Assert.Equal("\"pi\"", inventory.Host("pi4").Json("ansible_user"));
        Assert.Equal("\"/dev/sda\"", inventory.Host("store2").Json("disk"));
    }

    [Fact]
    public void Variables_point_at_the_value_that_set_them()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("lab.yaml"));

        var host = inventory.Host("pi-02").Vars["ansible_host"];
        var user = inventory.Host("pi-02").Vars["ansible_user"];
        Assert.Equal($"{TestData.Inventory("lab.yaml")}:15:25", host.Where!.ToString());
        Assert.Equal($"{TestData.Inventory("lab.yaml")}:4:19", user.Where!.ToString());
    }

    [Fact]
    public void An_empty_file_is_an_inventory_with_only_all_and_ungrouped()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("empty.yaml"));

        Assert.Empty(inventory.Hosts);
        Assert.Equal(["all", "ungrouped"], inventory.Groups.Select(g => g.Name));
        Assert.Equal(["ungrouped"], inventory.Group("all").Children);
    }

    [Fact]
    public void Hosts_listed_only_under_all_are_ungrouped()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("ungrouped.yaml"));

        // pi02 and lonely are named under ungrouped; lonely is also in edge, so it leaves ungrouped.
        Assert.Equal(["pi02", "solo", "pi01", "pi03"], inventory.Group("ungrouped").Hosts);
        Assert.Equal(["solo", "both", "pi01", "pi02", "pi03"], inventory.Group("all").Hosts);
        Assert.Equal(["ungrouped", "edge", "empty"], inventory.Group("all").Children);
    }

    [Fact]
    public void A_json_inventory_types_numbers_as_json_does()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("inventory.json"));

        var pi1 = inventory.Host("pi1");
        Assert.Equal("1000.0", pi1.Json("exp"));
        Assert.Equal("2.5", pi1.Json("frac"));
        Assert.Equal("0", pi1.Json("neg"));
        Assert.Equal("\"1e3\"", pi1.Json("text"));
        Assert.Equal("22", pi1.Json("ansible_port"));
        Assert.Equal(["all", "edge", "storage"], inventory.Host("pi2").Groups);
    }
}

using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

public sealed class IniInventoryTests
{
    [Fact]
    public void Reads_the_guide_example_and_puts_hosts_before_any_section_in_ungrouped()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-basic.ini"));

        Assert.Equal(["mail.example.com"], inventory.Group("ungrouped").Hosts);
        Assert.Equal(["one.example.com", "two.example.com", "three.example.com"], inventory.Group("dbservers").Hosts);
        Assert.Equal(["ungrouped", "webservers", "dbservers"], inventory.Group("all").Children);
    }

    [Fact]
    public void The_ini_and_yaml_guide_examples_read_alike()
    {
        foreach (var name in new[] { "guide-basic", "guide-parents", "guide-usa" })
        {
            var ini = InventoryLoader.Load(TestData.Inventory(name + ".ini"));
            var yaml = InventoryLoader.Load(TestData.Inventory(name + ".yaml"));

            Assert.Equal(yaml.Hosts.Names(), ini.Hosts.Names());
            Assert.Equal(yaml.Hosts.Select(h => h.Groups), ini.Hosts.Select(h => h.Groups));
        }
    }

    [Fact]
    public void Group_vars_sections_apply_to_every_host_below_the_group()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-usa.ini"));

        Assert.Equal("\"foo.southeast.example.com\"", inventory.Host("host3").Json("some_server"));
        Assert.Equal("30", inventory.Host("host1").Json("halon_system_timeout"));
        Assert.Equal(["southeast", "northeast", "southwest", "northwest"], inventory.Group("usa").Children);
    }

    [Fact]
    public void Inline_host_variables_ports_and_ranges_read_as_in_the_guide()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-hostvars.ini"));

        Assert.Equal("80", inventory.Host("host1").Json("http_port"));
        Assert.Equal("909", inventory.Host("host2").Json("maxRequestsPerChild"));
        Assert.Equal("\"ntp.atlanta.example.com\"", inventory.Host("host2").Json("ntp_server"));
        Assert.Equal("5309", inventory.Host("badwolf.example.com").Json("ansible_port"));
        Assert.Equal("\"192.0.2.50\"", inventory.Host("jumper").Json("ansible_host"));
        Assert.Equal("\"myotheruser\"", inventory.Host("other2.example.com").Json("ansible_user"));
        Assert.Equal(50, inventory.Group("webservers").Hosts.Count(h => h.StartsWith("www", StringComparison.Ordinal)));
        Assert.Equal("www50.example.com", inventory.Group("webservers").Hosts[49]);
        Assert.Equal(6, inventory.Group("databases").Hosts.Count);
    }

    [Fact]
    public void Comments_start_with_a_hash_or_a_semicolon()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("comments-only.ini"));

        Assert.Empty(inventory.Hosts);
        Assert.Equal(["all", "ungrouped"], inventory.Groups.Select(g => g.Name));
    }

    [Fact]
    public void Children_join_their_parent_where_they_are_declared()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("ini-order.ini"));

        // [usa:children] lists southeast then northeast, but [northeast] is declared first.
        Assert.Equal(["northeast", "southeast"], inventory.Group("usa").Children);
        Assert.Equal(["atlanta", "raleigh"], inventory.Group("southeast").Children);
        Assert.Equal("\"atlanta\"", inventory.Host("host1").Json("city"));
    }

    [Fact]
    public void A_port_counts_only_where_the_host_is_first_named()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("ini-order.ini"));

        Assert.Equal("2201", inventory.Host("host1").Json("ansible_port"));
        Assert.Equal(["host1", "host2"], inventory.Group("atlanta").Hosts);
    }

    [Fact]
    public void Group_names_keep_dashes_and_dots()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("ini-order.ini"));

        Assert.Equal(["www.example.com"], inventory.Group("web-servers").Hosts);
    }

    [Fact]
    public void Host_variables_point_at_their_value()
    {
        var file = TestData.Inventory("guide-hostvars.ini");

        var inventory = InventoryLoader.Load(file);

        Assert.Equal(new SourceSpot(file, 2, 17), inventory.Host("host1").Vars["http_port"].Where);
        Assert.Equal(new SourceSpot(file, 6, 12), inventory.Host("host1").Vars["ntp_server"].Where);
        Assert.Equal(new SourceSpot(file, 16, 21), inventory.Host("badwolf.example.com").Vars["ansible_port"].Where);
    }
}

using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

/// <summary>Host patterns, on an inventory of edge (pialpha, pibeta, and sub: pigamma, pidelta), storage (pibeta, pigamma, store1), empty, and solo.</summary>
public sealed class HostPatternTests
{
    static readonly Inventory Inventory = InventoryLoader.Load(TestData.Inventory("patterns.yaml"));

    static string[] Select(string? pattern) => HostPattern.Select(Inventory, pattern).Names();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("all")]
    [InlineData("*")]
    public void All_star_or_nothing_select_every_host(string? pattern)
    {
        Assert.Equal(["solo", "pialpha", "pibeta", "pigamma", "pidelta", "store1"], Select(pattern));
    }

    [Fact]
    public void A_group_selects_its_hosts_and_its_children_hosts()
    {
        Assert.Equal(["pialpha", "pibeta", "pigamma", "pidelta"], Select("edge"));
    }

    [Fact]
    public void A_host_name_selects_that_host()
    {
        Assert.Equal(["store1"], Select("store1"));
    }

    [Theory]
    [InlineData("storage:solo")]
    [InlineData("storage,solo")]
    [InlineData("solo, storage")]
    public void Colons_and_commas_join_patterns(string pattern)
    {
        // The result keeps inventory order, whatever the order of the pattern.
        Assert.Equal(["solo", "pibeta", "pigamma", "store1"], Select(pattern));
    }

    [Fact]
    public void An_exclamation_mark_excludes()
    {
        Assert.Equal(["pibeta", "pigamma", "pidelta"], Select("edge:!pialpha"));
        Assert.Equal(["solo", "store1"], Select("!edge"));
    }

    [Fact]
    public void An_ampersand_intersects()
    {
        Assert.Equal(["pibeta", "pigamma"], Select("edge:&storage"));
    }

    [Fact]
    public void Unions_come_first_then_intersections_then_exclusions()
    {
        Assert.Equal(["pigamma"], Select("!pibeta,&storage,edge"));
    }

    [Fact]
    public void Wildcards_match_group_and_host_names()
    {
        Assert.Equal(["pialpha", "pibeta", "pigamma", "pidelta"], Select("pi*"));
        Assert.Equal(["pibeta"], Select("pi?eta"));
        Assert.Equal(["pialpha", "pibeta", "pigamma", "pidelta"], Select("e*"));
    }

    [Fact]
    public void A_tilde_starts_a_regular_expression_anchored_at_the_start()
    {
        Assert.Equal(["pialpha", "pibeta"], Select("~pi[ab]"));
        Assert.Equal(["pibeta", "pidelta"], Select("~pi.e"));
    }

    [Theory]
    [InlineData("edge[0]", new[] { "pialpha" })]
    [InlineData("edge[-1]", new[] { "pidelta" })]
    [InlineData("edge[1:2]", new[] { "pibeta", "pigamma" })]
    [InlineData("edge[2:]", new[] { "pigamma", "pidelta" })]
    [InlineData("storage[0]:edge[0]", new[] { "pialpha", "pibeta" })]
    public void Subscripts_pick_hosts_by_position_in_the_group(string pattern, string[] hosts)
    {
        Assert.Equal(hosts, Select(pattern));
    }

    [Fact]
    public void A_pattern_that_matches_no_host_says_what_the_inventory_has()
    {
        var error = Assert.Throws<InventoryException>(() => Select("edge:&nosuch"));

        Assert.Equal("the host pattern 'nosuch' matches no host. The inventory has groups edge, sub, storage, empty and hosts solo, pialpha, pibeta, pigamma, pidelta, store1", error.Message);
        Assert.Null(error.Where);
    }

    [Fact]
    public void An_empty_selection_is_an_error()
    {
        var error = Assert.Throws<InventoryException>(() => Select("empty"));

        Assert.Equal("the host pattern 'empty' matches no host", error.Problem);
    }

    [Fact]
    public void A_subscript_past_the_end_is_an_error()
    {
        var error = Assert.Throws<InventoryException>(() => Select("edge[4]"));

        Assert.Equal("the host pattern 'edge[4]' picks a host past the end of the 4 it matches. Count from 0: use an index from 0 to 3, or from -1 to -4 counting from the end", error.Message);
    }

    [Fact]
    public void A_bad_regular_expression_is_an_error()
    {
        var error = Assert.Throws<InventoryException>(() => Select("~pi("));

        Assert.StartsWith("the host pattern '~pi(' is not a valid regular expression", error.Problem);
    }

    [Fact]
    public void Long_lists_in_the_no_match_message_are_cut_short()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("guide-hostvars.ini"));

        var error = Assert.Throws<InventoryException>(() => HostPattern.Select(inventory, "nosuch"));

        Assert.Equal("The inventory has groups atlanta, targets, webservers, databases and hosts host1, host2, localhost, other1.example.com, other2.example.com, www01.example.com, www02.example.com, www03.example.com, www04.example.com, www05.example.com and 53 more", error.Fix);
    }
}

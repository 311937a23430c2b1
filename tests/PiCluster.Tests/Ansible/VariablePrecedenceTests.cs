using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

/// <summary>Ansible's variable precedence for inventories, as its documentation orders it (lowest first).</summary>
public sealed class VariablePrecedenceTests
{
    static readonly Inventory Precedence = InventoryLoader.Load(TestData.Inventory("precedence/inventory.yaml"));
    static readonly Inventory Folders = InventoryLoader.Load(TestData.Inventory("vars-folders/hosts"));

    [Fact]
    public void Child_groups_override_their_parents()
    {
        Assert.Equal("\"inner\"", Precedence.Host("pi2").Json("depth_wins"));
        Assert.Equal("\"edge\"", Precedence.Host("pi1").Json("depth_wins"));
    }

    [Fact]
    public void Ansible_group_priority_ranks_groups_of_the_same_depth()
    {
        Assert.Equal("\"zeta\"", Precedence.Host("pi2").Json("priority_wins"));
    }

    [Fact]
    public void Groups_of_the_same_depth_and_priority_apply_in_name_order()
    {
        Assert.Equal("\"beta\"", Precedence.Host("pi2").Json("name_wins"));
    }

    [Fact]
    public void Group_vars_all_overrides_every_group_in_the_inventory_file()
    {
        Assert.Equal("\"group_vars all\"", Precedence.Host("pi1").Json("shadowed_by_group_vars_all"));
        Assert.Equal("\"inventory all\"", Precedence.Host("pi1").Json("from_all_file"));
    }

    [Fact]
    public void Group_vars_of_a_group_override_group_vars_all()
    {
        Assert.Equal("\"group_vars edge\"", Precedence.Host("pi1").Json("gv_level"));
        Assert.Equal("\"group_vars all\"", Precedence.Host("pi1").Json("gv_all"));
    }

    [Fact]
    public void Host_variables_in_the_inventory_override_group_vars()
    {
        Assert.Equal("\"inventory host\"", Precedence.Host("pi1").Json("level"));
        Assert.Equal("\"group_vars edge\"", Precedence.Host("pi2").Json("level"));
    }

    [Fact]
    public void Host_vars_override_everything()
    {
        Assert.Equal("\"host_vars\"", Precedence.Host("pi1").Json("host_vars_wins"));
    }

    [Fact]
    public void Ansible_group_priority_in_group_vars_is_a_plain_variable()
    {
        Assert.Equal("99", Precedence.Host("pi2").Json("ansible_group_priority"));
        Assert.DoesNotContain("ansible_group_priority", Precedence.Host("pi1").Vars.Keys);
        Assert.Equal(["all", "alpha", "beta", "edge", "zeta", "inner"], Precedence.Host("pi2").Groups);
    }

    [Fact]
    public void A_vars_file_without_extension_is_yaml()
    {
        Assert.Equal("\"admin\"", Folders.Host("host1").Json("ansible_user"));
    }

    [Fact]
    public void Only_the_first_of_name_yml_yaml_json_is_read()
    {
        Assert.Equal("8088", Folders.Host("www.example.com").Json("http_port"));
        Assert.DoesNotContain("ignored", Folders.Host("www.example.com").Vars.Keys);
    }

    [Fact]
    public void A_vars_folder_reads_its_files_in_name_order_and_skips_other_extensions()
    {
        // cluster_settings.yml, then db_settings; notes.txt is not read.
        Assert.Equal("5432", Folders.Host("host3").Json("db_port"));
        Assert.Equal("\"raleigh-1\"", Folders.Host("host3").Json("cluster"));
        Assert.DoesNotContain("not", Folders.Host("host3").Vars.Keys);
    }

    [Fact]
    public void Host_vars_files_override_inline_host_variables()
    {
        Assert.Equal("2202", Folders.Host("www.example.com").Json("ansible_port"));
        Assert.Equal("9090", Folders.Host("foosball").Json("http_port"));
        Assert.Equal("1000.0", Folders.Host("host2").Json("exp"));
    }

    [Fact]
    public void An_inventory_folder_finds_its_vars_folders_inside_it()
    {
        var folder = InventoryLoader.Load(TestData.Inventory("vars-folders"));

        Assert.Equal("\"time.example.com\"", folder.Host("host1").Json("ntp_server"));
        Assert.Equal("\"admin\"", folder.Host("host1").Json("ansible_user"));
    }

    [Fact]
    public void Variables_from_vars_files_point_into_those_files()
    {
        var spot = Folders.Host("host3").Vars["cluster"].Where;

        Assert.Equal(new SourceSpot(Path.Combine(TestData.Inventory("vars-folders"), "group_vars", "raleigh", "cluster_settings.yml"), 2, 10), spot);
    }
}

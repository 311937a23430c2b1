using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

public sealed class InventoryFolderTests
{
    [Fact]
    public void A_folder_reads_its_files_in_name_order_including_subfolders()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("multi"));

        Assert.Equal(["pi1", "pi2", "store1", "pi3"], inventory.Hosts.Names());
        Assert.Equal("\"10.0.0.2\"", inventory.Host("pi2").Json("ansible_host"));
        Assert.Equal("\"ubuntu\"", inventory.Host("pi3").Json("ansible_user"));
    }

    [Fact]
    public void A_folder_skips_what_Ansible_skips()
    {
        // 03-hosts.ini (.ini files are skipped in folders), README.md and .hidden.yaml.
        var inventory = InventoryLoader.Load(TestData.Inventory("multi"));

        Assert.Null(inventory.FindGroup("ignored"));
        Assert.Null(inventory.FindGroup("hidden"));
    }

    [Fact]
    public void An_ini_file_named_directly_is_read()
    {
        var inventory = InventoryLoader.Load(Path.Combine(TestData.Inventory("multi"), "03-hosts.ini"));

        Assert.Equal(["nobody"], inventory.Group("ignored").Hosts);
    }

    [Fact]
    public void A_file_without_extension_that_is_not_yaml_is_read_as_ini()
    {
        var inventory = InventoryLoader.Load(TestData.Inventory("vars-folders/hosts"));

        Assert.Equal(["host1", "host2", "host3", "foosball", "www.example.com"], inventory.Hosts.Names());
    }
}

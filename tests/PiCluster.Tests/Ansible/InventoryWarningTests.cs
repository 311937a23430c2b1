using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

/// <summary>Where Ansible warns and reads on, PiCluster warns too, naming file:line:column, and reads what Ansible reads
/// (AnsibleCrossCheckTests compares the same fixture with ansible-inventory).</summary>
public sealed class InventoryWarningTests
{
    static readonly string Folder = TestData.Inventory("warnings");

    [Fact]
    public void Each_thing_Ansible_reads_past_is_a_warning_naming_where()
    {
        // Given
        var file = Path.Combine(Folder, "inventory.yaml");

        // When
        var inventory = InventoryLoader.Load(file);

        // Then
        Assert.Equal(
        [
            $"{file}:10:7: ansible_host is given a second time in this mapping (first on line 9): the last value is used, as Ansible does",
            $"{file}:14:1: edge is given a second time in this mapping (first on line 11): the last value is used, as Ansible does",
            $"{file}:3:3: group x-defaults has the key 'ansible_user', whose value is not a mapping: skipped, as Ansible skips it (if ansible_user is a variable, put it under vars:)",
            $"{file}:4:3: group x-defaults has the key 'ansible_port', whose value is not a mapping: skipped, as Ansible skips it (if ansible_port is a variable, put it under vars:)",
            $"{file}:15:3: group edge has the key 'pi9', which is not hosts, children or vars: skipped, as Ansible skips it (if pi9 is a host, put it under hosts:; a group, under children:; a variable, under vars:)",
            $"{file}:16:3: group edge has the key 'notes', which is not hosts, children or vars: skipped, as Ansible skips it (if notes is a host, put it under hosts:; a group, under children:; a variable, under vars:)",
            $"{file}:21:1: the top-level key 'notes' is not a group (its value is not a mapping of hosts, children and vars): skipped, as Ansible skips it",
            $"{Path.Combine(Folder, "group_vars", "edge.yaml")}:2:1: microk8s_channel is given a second time in this mapping (first on line 1): the last value is used, as Ansible does",
        ], inventory.Warnings);
    }

    [Fact]
    public void The_last_of_a_key_given_twice_wins_in_the_place_of_the_first()
    {
        var inventory = InventoryLoader.Load(Path.Combine(Folder, "inventory.yaml"));

        Assert.Equal(["pi1", "pi3"], inventory.Hosts.Select(h => h.Name));
        Assert.Equal("10.0.0.11", inventory.FindHost("pi1")!.Vars["ansible_host"].Value!.GetValue<string>());
        Assert.Equal("1.32/stable", inventory.FindHost("pi3")!.Vars["microk8s_channel"].Value!.GetValue<string>());
        Assert.Equal(["all", "ungrouped", "x-defaults", "edge"], inventory.Groups.Select(g => g.Name));
    }

    [Theory]
    [InlineData("host-and-group.yaml", "4:5")]
    [InlineData("host-and-group.ini", "2:1")]
    public void A_host_and_a_group_of_one_name_are_both_kept_with_a_warning(string name, string where)
    {
        var file = TestData.Inventory(name);

        var inventory = InventoryLoader.Load(file);

        Assert.Equal([$"{file}:{where}: edge is both a host and a group: kept as both, as Ansible keeps them (a pattern or --limit edge means the host)"], inventory.Warnings);
        Assert.Equal(["edge"], HostPattern.Select(inventory, "edge").Select(h => h.Name));
    }
}

using System.Text.Json.Nodes;
using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

public sealed class HostVariablesTests
{
    static InventoryHost Host(params (string Name, JsonNode? Value)[] vars) =>
        new("pi1", ["all"], vars.ToDictionary(v => v.Name, v => new Variable(v.Name, v.Value, new SourceSpot("inventory.yaml", 5, 21))));

    [Fact]
    public void An_absent_variable_reads_as_null()
    {
        var host = Host();

        Assert.Null(host.GetString("ansible_host"));
        Assert.Null(host.GetInt("ansible_port"));
        Assert.Null(host.GetBool("ansible_become"));
        Assert.Null(host.GetStringList("picluster_addons"));
    }

    [Fact]
    public void A_variable_set_to_null_reads_as_null()
    {
        Assert.Null(Host(("ansible_port", null)).GetInt("ansible_port"));
    }

    [Fact]
    public void Strings_and_numbers_read_as_strings()
    {
        var host = Host(("ansible_host", JsonValue.Create("10.0.0.1")), ("ansible_password", JsonValue.Create(12345L)), ("ratio", JsonValue.Create(1.5)));

        Assert.Equal("10.0.0.1", host.GetString("ansible_host"));
        Assert.Equal("12345", host.GetString("ansible_password"));
        Assert.Equal("1.5", host.GetString("ratio"));
    }

    [Fact]
    public void A_boolean_is_not_a_string()
    {
        var error = Assert.Throws<InventoryException>(() => Host(("ansible_user", JsonValue.Create(true))).GetString("ansible_user"));

        Assert.Equal("inventory.yaml:5:21: ansible_user must be a string, got true. Quote the value so that it stays text (YAML reads yes, no, on and off as true or false)", error.Message);
    }

    [Fact]
    public void Integers_read_from_numbers_and_from_digits_in_text()
    {
        Assert.Equal(22, Host(("ansible_port", JsonValue.Create(22L))).GetInt("ansible_port"));
        Assert.Equal(2222, Host(("ansible_port", JsonValue.Create("2222"))).GetInt("ansible_port"));
        Assert.Equal(10, Host(("ansible_ssh_timeout", JsonValue.Create(10.0))).GetInt("ansible_ssh_timeout"));
    }

    [Fact]
    public void A_word_is_not_an_integer()
    {
        var error = Assert.Throws<InventoryException>(() => Host(("ansible_port", JsonValue.Create("twenty-two"))).GetInt("ansible_port"));

        Assert.Equal("inventory.yaml:5:21: ansible_port must be an integer, got 'twenty-two'. Write a number such as 22", error.Message);
    }

    [Fact]
    public void The_wrong_type_is_reported_where_the_variable_was_set()
    {
        var file = TestData.BrokenInventory("port-word.yaml");
        var host = InventoryLoader.Load(file).Host("pi1");

        var error = Assert.Throws<InventoryException>(() => host.GetInt("ansible_port"));

        Assert.Equal($"{file}:4:21: ansible_port must be an integer, got 'twenty-two'. Write a number such as 22", error.Message);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("On", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("y", true)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    [InlineData("n", false)]
    public void Booleans_read_from_ansible_boolean_words(string word, bool value)
    {
        Assert.Equal(value, Host(("ansible_become", JsonValue.Create(word))).GetBool("ansible_become"));
    }

    [Fact]
    public void Booleans_read_from_true_false_and_one_zero()
    {
        Assert.True(Host(("ansible_become", JsonValue.Create(true))).GetBool("ansible_become"));
        Assert.False(Host(("ansible_become", JsonValue.Create(0L))).GetBool("ansible_become"));
    }

    [Fact]
    public void Maybe_is_not_a_boolean()
    {
        var error = Assert.Throws<InventoryException>(() => Host(("ansible_become", JsonValue.Create("maybe"))).GetBool("ansible_become"));

        Assert.Equal("inventory.yaml:5:21: ansible_become must be true or false, got 'maybe'. Write true or false", error.Message);
    }

    [Fact]
    public void String_lists_read_from_lists_or_comma_separated_text()
    {
        Assert.Equal(["dns", "hostpath-storage"], Host(("addons", new JsonArray("dns", "hostpath-storage"))).GetStringList("addons"));
        Assert.Equal(["dns", "ingress"], Host(("addons", JsonValue.Create("dns, ingress"))).GetStringList("addons"));
    }

    [Fact]
    public void A_mapping_is_not_a_list()
    {
        var error = Assert.Throws<InventoryException>(() => Host(("addons", new JsonObject { ["dns"] = true })).GetStringList("addons"));

        Assert.Equal("inventory.yaml:5:21: addons must be a list of strings, got a mapping. Write a list such as [a, b]", error.Message);
    }
}

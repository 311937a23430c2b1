using PiCluster.Ansible;

namespace PiCluster.Tests.Ansible;

/// <summary>What a user sees for a broken inventory: file:line:column, the problem, and what to do.</summary>
public sealed class InventoryErrorTests
{
    static string Error(string name) => Assert.Throws<InventoryException>(() => InventoryLoader.Load(TestData.BrokenInventory(name))).Message;

    static string At(string name, string rest) => $"{TestData.BrokenInventory(name)}:{rest}";

    [Fact]
    public void A_tab_in_the_indentation_is_pointed_at()
    {
        Assert.Equal(At("tab.yaml", "3:1: this line is indented with a tab. YAML indents with spaces only: replace the tab with spaces"), Error("tab.yaml"));
    }

    [Fact]
    public void Bad_indentation_points_at_the_line()
    {
        Assert.Equal(At("indentation.yaml", "5:6: this line is not indented like the lines it belongs with. Line it up with the keys above it at the same level, using spaces"),
            Error("indentation.yaml"));
    }

    [Fact]
    public void An_unclosed_quote_points_at_the_opening_quote()
    {
        Assert.Equal(At("unclosed-quote.yaml", "4:21: this quoted value is never closed. Add the closing quote at the end of the value"), Error("unclosed-quote.yaml"));
    }

    [Fact]
    public void An_unclosed_bracket_followed_by_more_keys_points_at_the_bracket()
    {
        Assert.Equal(At("unclosed-bracket.yaml", "4:14: this [ is never closed. Close it with ] or, if the [ is part of a value, quote the value"),
            Error("unclosed-bracket.yaml"));
    }

    [Fact]
    public void An_unclosed_brace_at_the_end_points_at_the_brace()
    {
        Assert.Equal(At("unclosed-brace-at-end.yaml", "3:12: this { is never closed. Close it with } or, if the { is part of a value, quote the value"),
            Error("unclosed-brace-at-end.yaml"));
    }

    [Fact]
    public void An_undefined_alias_points_at_the_alias()
    {
        Assert.Equal(At("undefined-alias.yaml", "3:11: the alias *nobody refers to no anchor. Define the anchor first with &nobody on the value to reuse, or remove the alias"),
            Error("undefined-alias.yaml"));
    }

    [Fact]
    public void A_top_level_list_is_not_an_inventory()
    {
        Assert.Equal(At("top-list.yaml", "1:1: the top level of the inventory is not a mapping of groups. Start with a group such as 'all:' and list hosts under it, as in all: → hosts: → pi1:"),
            Error("top-list.yaml"));
    }

    [Fact]
    public void Hosts_written_as_a_list_are_explained()
    {
        Assert.Equal(At("hosts-list.yaml", "5:9: hosts of group edge is a list, but Ansible wants a mapping. Write each entry as a key ending in a colon, one per line (pi1: rather than - pi1)"),
            Error("hosts-list.yaml"));
    }

    [Fact]
    public void A_port_that_is_not_a_number_is_refused_in_yaml_and_ini()
    {
        Assert.Equal(At("port-text.yaml", "3:9: the port in 'pi1:twenty-two' is not a number. Write host:port with a number, as in pi1:2222"), Error("port-text.yaml"));
        Assert.Equal(At("port-text.ini", "2:5: the port in 'pi1:ssh' is not a number. Write host:port with a number, as in pi1:2222"), Error("port-text.ini"));
    }

    [Theory]
    [InlineData("range-no-end.yaml", "3:5: the host range pi[01:] has [01:], which has no end")]
    [InlineData("range-mixed.yaml", "3:5: the host range pi[a:1] has [a:1], which mixes a letter and a number")]
    [InlineData("range-down.ini", "2:1: the host range pi[5:1] has [5:1], which counts down")]
    public void A_range_that_does_not_parse_is_explained(string name, string problem)
    {
        Assert.Equal(At(name, problem + ". Write a range as [begin:end] or [begin:end:step], with numbers (pi[01:04]) or single letters (node-[a:c])"), Error(name));
    }

    [Theory]
    [InlineData("ini-bare-word.ini", "2:5: 'ansible_user' is not a name=value variable. After the host name write variables as name=value, and quote values that contain spaces")]
    [InlineData("ini-unclosed-quote.ini", "2:18: this host line opens a double quote that is never closed. Close the quote, or put a backslash before a quote that is part of a value")]
    [InlineData("ini-vars-line.ini", "5:1: 'ansible_user ubuntu' is not a name=value variable. Write one variable per line as name=value")]
    [InlineData("ini-section.ini", "1:1: '[edge servers]' is not a section header Ansible accepts. Write [name], [name:vars] or [name:children], with no spaces in the name and only a # comment after the ]")]
    [InlineData("ini-section-kind.ini", "3:7: [edge:host] is not a kind of section Ansible knows. Use [edge] for hosts, [edge:children] for child groups or [edge:vars] for variables")]
    [InlineData("ini-undeclared-vars.ini", "1:1: [edge:vars] sets variables for edge, but no [edge] or [edge:children] section declares it. Add a [edge] section (it may be empty), or correct the group name")]
    public void An_ini_line_that_cannot_be_read_is_explained(string name, string message)
    {
        Assert.Equal(At(name, message), Error(name));
    }

    [Fact]
    public void The_guide_usa_example_lists_groups_it_never_declares()
    {
        Assert.Equal(At("ini-undeclared-child.ini", "15:1: [usa:children] lists northeast, but no [northeast] or [northeast:children] section declares it. Add a [northeast] section with its hosts, or remove northeast from [usa:children]"),
            Error("ini-undeclared-child.ini"));
    }

    [Fact]
    public void A_missing_inventory_has_no_spot_but_a_fix()
    {
        var error = Assert.Throws<InventoryException>(() => InventoryLoader.Load("no/such/inventory.yaml"));

        Assert.Null(error.Where);
        Assert.Equal("the inventory no/such/inventory.yaml does not exist. Pass an inventory file or folder, as in -i inventory.yaml (a YAML or INI file in Ansible's format)", error.Message);
    }

    [Fact]
    public void Vault_encrypted_values_and_files_are_not_supported()
    {
        Assert.Equal(At("vault-value.yaml", "3:30: this value is encrypted with Ansible Vault, which PiCluster cannot read. Leave the secret out (PiCluster asks for passwords it needs) or keep it unencrypted in a vars file only you can read"),
            Error("vault-value.yaml"));
        Assert.Equal(At("vault-file.yaml", "1:1: this file is encrypted with Ansible Vault, which PiCluster cannot read. Decrypt it (ansible-vault decrypt) and keep it readable only by you, or leave secrets out and let PiCluster ask for them"),
            Error("vault-file.yaml"));
    }

    [Theory]
    [InlineData("group-not-mapping.yaml", "3:11: group edge is not a mapping. Under edge: write hosts:, children: or vars:, each holding a mapping")]
    [InlineData("host-not-mapping.yaml", "3:10: the variables of host pi1 are not a mapping of names to values. Write each variable on its own line under pi1:, as in ansible_host: 192.168.1.10")]
    [InlineData("host-number.yaml", "3:5: the host name '2024' is not text (YAML reads it as a number or true/false). Quote it, as in '2024':")]
    [InlineData("group-loop.yaml", "5:9: making b a child of a creates a loop of groups. Remove b from the children of a")]
    [InlineData("plugin.yaml", "1:1: this file configures an inventory plugin, which PiCluster cannot run. Give PiCluster a static YAML or INI inventory (ansible-inventory -i THIS --list -y writes one)")]
    [InlineData("two-documents.yaml", "5:1: this file holds more than one YAML document (a second ---). Keep one document per file: remove the second --- and merge what follows into the first")]
    public void Structures_Ansible_would_skip_or_misread_are_refused(string name, string message)
    {
        Assert.Equal(At(name, message), Error(name));
    }

    [Fact]
    public void A_toml_inventory_is_not_read()
    {
        Assert.Equal($"{TestData.BrokenInventory("toml.toml")} is a TOML inventory, which PiCluster does not read. Convert it to YAML (ansible-inventory -i FILE --list -y) or INI",
            Error("toml.toml"));
    }

    [Fact]
    public void A_group_vars_file_must_hold_a_mapping()
    {
        var file = Path.Combine(TestData.BrokenInventory("bad-group-vars"), "group_vars", "all.yml");

        Assert.Equal($"{file}:1:1: {file} does not hold a mapping of variable names to values. Write one variable per line as name: value", Error("bad-group-vars"));
    }

    [Fact]
    public void A_stray_file_in_an_inventory_folder_is_named_with_a_way_out()
    {
        var folder = TestData.BrokenInventory("stray-file");

        Assert.Equal($"{folder}/NOTES:1:10: 'to' is not a name=value variable. After the host name write variables as name=value, and quote values that contain spaces; or, if NOTES is not inventory, move it out of {folder} or give it a name Ansible skips (ending in .md or .txt, or starting with a dot)",
            Error("stray-file"));
    }
}

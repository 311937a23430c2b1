using System.Diagnostics;
using System.Text;
using PiCluster.Ansible;
using PiCluster.Ansible.Output;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Ansible;

/// <summary>
/// Inventories built to exhaust memory, the stack or time, and names built to fool a terminal: each is refused with
/// file:line:column before the work it would cause, so that time and memory stay bounded by the input's size.
/// </summary>
public sealed class HostileInventoryTests : IDisposable
{
    readonly TempDir dir = new();

    public void Dispose() => dir.Dispose();

    static string Error(string path) => Assert.Throws<InventoryException>(() => InventoryLoader.Load(path)).Message;

    string ErrorIn(string name, string content) => Error(dir.Write(name, content));

    // 9 anchors, each a list of 9 aliases of the one before: 9^9 values from a 400-byte file.
    static string AliasBomb(string key = "")
    {
        var lines = new StringBuilder("all:\n  vars:\n    a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++)
            lines.Append($"    a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        return lines.Append(key).Append("  hosts:\n    pi1:\n").ToString();
    }

    [Fact]
    public void An_alias_bomb_is_refused_at_its_heaviest_alias_before_anything_is_expanded()
    {
        var file = dir.Write("bomb.yaml", AliasBomb());

        Assert.Equal($"{file}:11:14: the alias *a7 stands for 48,427,561 values, and the file's aliases expand it past 1,000,000 values (an alias bomb?). "
            + "Write the values out, or nest aliases less: PiCluster expands a file's aliases to at most 10 times the values written in it, or 1,000,000 values if that is more",
            Error(file));
    }

    [Fact]
    public void A_list_of_aliases_used_as_a_key_is_refused_before_it_is_hashed()
    {
        // YamlDotNet hashes a key by walking all of it, aliases included: 9^8 values for this one.
        Assert.Equal("12:5: a key here is a list or a mapping. Use plain names as keys",
            ErrorIn("key.yaml", AliasBomb("  ? *a7\n  : x\n"))[(dir.Path.Length + "/key.yaml:".Length)..]);
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_refused()
    {
        Assert.EndsWith("key.yaml:3:16: the alias *a is inside the value &a names, which would make that value endless. Use *a only after the value anchored with &a has ended",
            ErrorIn("key.yaml", "all:\n  vars:\n    x: &a [1, [*a]]\n"));
    }

    [Fact]
    public void Aliases_that_multiply_a_large_file_ten_times_are_still_read()
    {
        // 2,000 hosts each merging 100 shared variables: 200,000 values written as 2,000 aliases.
        var defaults = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"v{i}: {i}"));
        var hosts = string.Concat(Enumerable.Range(0, 2000).Select(i => $"    pi{i}: {{<<: *defaults}}\n"));

        var inventory = InventoryLoader.Load(dir.Write("many.yaml", $"all:\n  vars:\n    defaults: &defaults {{{defaults}}}\n  hosts:\n{hosts}"));

        Assert.Equal(2000, inventory.Hosts.Count);
        Assert.Equal(99L, inventory.Hosts[^1].Vars["v99"].Value!.GetValue<long>());
    }

    [Fact]
    public void Lists_nested_100000_deep_are_refused_at_the_level_past_the_limit()
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);

        Assert.EndsWith("deep.yaml:3:205: the lists and mappings here are nested more than 200 deep. Nest them less deeply: PiCluster reads at most 200 levels",
            ErrorIn("deep.yaml", $"all:\n  vars:\n    x: {nested}\n  hosts:\n    pi1:\n"));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        // The top mapping, all's, vars', and 197 lists.
        var nested = new string('[', 197) + new string(']', 197);

        var inventory = InventoryLoader.Load(dir.Write("deep.yaml", $"all:\n  vars:\n    x: {nested}\n  hosts:\n    pi1:\n"));

        Assert.Equal(nested, Values.Json(inventory.Hosts[0].Vars["x"].Value));
    }

    [Theory]
    [InlineData(200, "[[")]
    [InlineData(201, "\"[[")]
    [InlineData(100_000, "\"[[")]
    public void An_ini_value_nested_past_200_brackets_stays_text_as_in_python(int depth, string start)
    {
        var inventory = InventoryLoader.Load(dir.Write("deep.ini", $"pi1 x={new string('[', depth)}{new string(']', depth)}\n"));

        Assert.StartsWith(start, Values.Json(inventory.Hosts[0].Vars["x"].Value));
    }

    [Theory]
    [InlineData(4300, "7777")]
    [InlineData(4301, "\"7777")]
    [InlineData(5_000_000, "\"7777")]
    public void An_ini_integer_longer_than_python_reads_stays_text_as_in_ansible(int digits, string start)
    {
        var inventory = InventoryLoader.Load(dir.Write("big.ini", $"pi1 x={new string('7', digits)}\n"));

        Assert.StartsWith(start, Values.Json(inventory.Hosts[0].Vars["x"].Value));
    }

    [Fact]
    public void A_yaml_integer_longer_than_python_reads_is_refused_as_ansible_refuses_it()
    {
        Assert.EndsWith("big.yaml:3:8: this number is 5,000,000 characters long, longer than the 4300 digits Python (and so Ansible) reads. Quote it to keep it as text",
            ErrorIn("big.yaml", $"all:\n  vars:\n    x: {new string('7', 5_000_000)}\n"));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public void A_device_is_refused_by_what_it_is_before_it_is_read(string device)
    {
        Assert.Equal($"{device} is a character device, not a file. Pass an inventory file (YAML or INI) or a folder of them; a named pipe, as from <(command), works too",
            Error(device));
    }

    [Fact]
    public void A_file_past_the_size_limit_is_refused_where_the_limit_falls()
    {
        var file = dir.Write("huge.yaml", "all:\n  hosts:\n    pi1:\n# ");
        // Sparse: the zeros after the head take no disk, and only the limit's worth is ever read.
        using (var stream = File.OpenWrite(file))
            stream.SetLength(InventoryLimits.FileBytes + 1_000_000L);

        Assert.Equal($"{file}:4:{InventoryLimits.FileBytes - 22}: the file goes on past 64 MiB here, more than PiCluster reads from one inventory file. "
            + "Check that -i names the inventory; a larger one can be split into several files of a folder", Error(file));
    }

    [Fact]
    public async Task An_endless_named_pipe_stops_at_the_size_limit()
    {
        var pipe = Path.Combine(dir.Path, "endless");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        var reading = true;
        var writer = Task.Run(() =>
        {
            var line = "pi1 ansible_user=ubuntu\n"u8.ToArray();
            try
            {
                using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
                while (Volatile.Read(ref reading))
                    stream.Write(line);
            }
            catch (IOException)
            {
                // The reader stopped at the limit and closed its end.
            }
        }, TestContext.Current.CancellationToken);

        var error = Error(pipe);
        Volatile.Write(ref reading, false);
        await writer;

        Assert.Equal($"{pipe}:2796203:17: the file goes on past 64 MiB here, more than PiCluster reads from one inventory file. "
            + "Check that -i names the inventory; a larger one can be split into several files of a folder", error);
    }

    [Fact]
    public void A_nul_byte_in_a_yaml_file_is_refused_where_it_is_as_ansible_does()
    {
        Assert.EndsWith("nul.yaml:3:7: this file holds the control character U+0000, which YAML does not allow. Remove it: a YAML file holds only printable text, and Ansible refuses it too",
            ErrorIn("nul.yaml", "all:\n  hosts:\n    pi\u00001:\n"));
    }

    [Theory]
    [InlineData("hosts.ini", "pi\u00001 ansible_user=ubuntu\n", "1:1", @"pi\u00001", "U+0000")]
    [InlineData("hosts.yaml", "all:\n  hosts:\n    \"pi\\n1\":\n", "3:5", @"pi\n1", "U+000A")]
    [InlineData("hosts.yaml", "all:\n  hosts:\n    pi\u200b1:\n", "3:5", @"pi\u200b1", "U+200B")]
    [InlineData("hosts.yaml", "all:\n  hosts:\n    \"pi\\u202e1ip\":\n", "3:5", @"pi\u202e1ip", "U+202E")]
    [InlineData("hosts.yaml", "all:\n  hosts:\n    \"pi\\e[2J\":\n", "3:5", @"pi\u001b[2J", "U+001B")]
    public void A_host_name_no_host_can_have_is_refused_and_shown_escaped(string name, string content, string at, string shown, string character)
    {
        Assert.EndsWith($"{name}:{at}: the host name '{shown}' holds {character}, an invisible or control character that no host name or address has. "
            + "Rename the host with letters, digits, dots and dashes, and give its address in ansible_host if it differs", ErrorIn(name, content));
    }

    [Theory]
    [InlineData("groups.ini", "[edge\u200b]\npi1\n", "1:2")]
    [InlineData("groups.ini", "[all:children]\nedge\u200b\n", "2:1")]
    [InlineData("groups.yaml", "edge\u200b:\n  hosts:\n    pi1:\n", "1:1")]
    public void A_group_name_with_an_invisible_character_is_refused(string name, string content, string at)
    {
        Assert.EndsWith($"{name}:{at}: the group name 'edge\\u200b' holds U+200B, an invisible or control character that no host name or address has. "
            + "Rename the group with letters, digits, dashes and underscores", ErrorIn(name, content));
    }

    [Fact]
    public void Names_in_other_scripts_are_read()
    {
        var inventory = InventoryLoader.Load(dir.Write("hosts.yaml", "all:\n  hosts:\n    пи1:\n    パイ2:\n    פאי3:\n"));

        Assert.Equal(["пи1", "パイ2", "פאי3"], inventory.Hosts.Select(h => h.Name));
    }

    [Fact]
    public void Ranges_that_multiply_past_the_host_limit_are_refused_before_they_are_expanded()
    {
        Assert.EndsWith("range.ini:1:1: the host range pi[0:65535]-[0:65535] makes more than 65536 hosts. Split it into entries of at most 65536 hosts each",
            ErrorIn("range.ini", "pi[0:65535]-[0:65535]\n"));
    }

    static string Chain(int groups) =>
        "[g0]\npi1\n" + string.Concat(Enumerable.Range(1, groups - 1).Select(i => $"[g{i}:children]\ng{i - 1}\n"));

    [Fact]
    public void Groups_nested_past_the_limit_are_refused_where_the_deepest_is_made_a_child()
    {
        // g99999 is the top group, one level below all; g99799 is 201 levels down.
        Assert.EndsWith("chain.ini:199602:1: group g99799 is nested 201 groups deep, more than the 200 PiCluster reads. "
            + "Nest groups less deeply: a group may be a child of several groups instead", ErrorIn("chain.ini", Chain(100_000)));
    }

    [Fact]
    public void Groups_nested_to_the_limit_are_read()
    {
        var inventory = InventoryLoader.Load(dir.Write("chain.ini", Chain(200)));

        Assert.Equal(201, inventory.Hosts[0].Groups.Count);
    }

    // 40 levels of two groups, each a child of both groups above: 2^40 paths from the top to pi1, declared top down.
    static string Ladder()
    {
        var text = new StringBuilder();
        for (var level = 39; level > 0; level--)
            text.Append($"[a{level}:children]\na{level - 1}\nb{level - 1}\n[b{level}:children]\na{level - 1}\nb{level - 1}\n");
        return text.Append("[a0]\npi1\n[b0]\npi1\n").ToString();
    }

    [Fact]
    public void Groups_that_share_parents_level_after_level_are_read_without_walking_every_path()
    {
        var inventory = InventoryLoader.Load(dir.Write("ladder.ini", Ladder()));

        Assert.Equal(81, inventory.Hosts[0].Groups.Count);
    }

    [Fact]
    public void A_graph_that_would_repeat_groups_past_the_limit_is_refused()
    {
        var inventory = InventoryLoader.Load(dir.Write("ladder.ini", Ladder()));

        var error = Assert.Throws<InventoryException>(() => AnsibleInventoryGraph.Render(inventory, inventory.Hosts));

        Assert.Equal("the graph would be 3,298,534,883,328 lines long, more than the 10,000,000 PiCluster prints, as a group is drawn under each of its parents. "
            + "Use inventory list, which names each group once", error.Message);
    }

    [Fact]
    public void A_folder_that_links_back_into_itself_is_refused()
    {
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, "inventory")).FullName;
        File.WriteAllText(Path.Combine(folder, "hosts"), "pi1\n");
        // Two links make 2^40 paths before the system's limit of 40 links stops them.
        File.CreateSymbolicLink(Path.Combine(folder, "a"), ".");
        File.CreateSymbolicLink(Path.Combine(folder, "b"), ".");

        Assert.Equal($"the inventory folder {folder}/a links back to {folder}, which holds it, so it would never end. Remove the link, or make it point outside the inventory",
            Error(folder));
    }

    [Fact]
    public void Hosts_first_listed_ungrouped_leave_ungrouped_once_a_group_lists_them()
    {
        var hosts = string.Concat(Enumerable.Range(0, 50_000).Select(i => $"pi{i}\n"));

        var inventory = InventoryLoader.Load(dir.Write("hosts.ini", $"{hosts}[edge]\n{hosts}[lone]\n"));

        Assert.Empty(inventory.Groups.Single(g => g.Name == "ungrouped").Hosts);
        Assert.Equal(50_000, inventory.Groups.Single(g => g.Name == "edge").Hosts.Count);
    }
}

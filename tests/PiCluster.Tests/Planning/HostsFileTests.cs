using PiCluster.Planning;

namespace PiCluster.Tests.Planning;

public sealed class HostsFileTests
{
    const string Stock = "127.0.0.1 localhost\n::1 ip6-localhost ip6-loopback\n";

    static readonly Dictionary<string, string> Nodes = new()
    {
        ["pi-01"] = "10.0.0.11",
        ["pi-02"] = "10.0.0.12",
        ["pi-03"] = "10.0.0.13",
    };

    static readonly HashSet<string> NoneGone = [];

    [Fact]
    public void An_absent_hosts_line_is_dropped_and_its_name_alone_from_a_shared_line()
    {
        var content = Stock + "10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n10.0.0.14\tpi-04\n10.0.0.99\tnas pi-04-old pi-04\n";
        var gone = new HashSet<string> { "pi-04" };

        var result = HostsFile.Ensure(content, Nodes, gone);

        Assert.Equal(Stock + "10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n10.0.0.99\tnas pi-04-old\n", result);
        Assert.Equal(["pi-04"], HostsFile.Listed(content, gone));
        Assert.Same(result, HostsFile.Ensure(result, Nodes, gone));
    }

    [Fact]
    public void Appends_every_node_to_a_fresh_file()
    {
        var result = HostsFile.Ensure(Stock, Nodes, NoneGone);

        Assert.Equal(Stock + "10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n", result);
    }

    [Fact]
    public void Writes_every_node_into_an_empty_file()
    {
        Assert.Equal("10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n", HostsFile.Ensure("", Nodes, NoneGone));
    }

    [Fact]
    public void Returns_the_same_instance_when_the_file_is_already_right()
    {
        // Given a file PiCluster wrote, and one laid out by hand with spaces and aliases
        var written = Stock + "10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n";
        var byHand = "127.0.0.1 localhost\n10.0.0.13   pi-03 pi-03.lan\n10.0.0.12 pi-02\n10.0.0.11 pi-01 # the first one\n";

        // Then neither changes, by reference
        Assert.Same(written, HostsFile.Ensure(written, Nodes, NoneGone));
        Assert.Same(byHand, HostsFile.Ensure(byHand, Nodes, NoneGone));
    }

    [Fact]
    public void Moves_a_name_from_the_wrong_address_to_its_own()
    {
        var content = Stock + "10.0.0.99\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n";

        Assert.Equal(Stock + "10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n10.0.0.11\tpi-01\n", HostsFile.Ensure(content, Nodes, NoneGone));
    }

    [Fact]
    public void Takes_a_misplaced_name_off_a_shared_line_and_keeps_the_others()
    {
        var content = Stock + "10.0.0.99 nas pi-02 backup\n10.0.0.11\tpi-01\n10.0.0.13\tpi-03\n";

        Assert.Equal(Stock + "10.0.0.99\tnas backup\n10.0.0.11\tpi-01\n10.0.0.13\tpi-03\n10.0.0.12\tpi-02\n", HostsFile.Ensure(content, Nodes, NoneGone));
    }

    [Fact]
    public void Keeps_a_right_name_on_a_shared_line()
    {
        var content = Stock + "10.0.0.11 pi-01 pi-01.lan\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n";

        Assert.Same(content, HostsFile.Ensure(content, Nodes, NoneGone));
    }

    [Fact]
    public void Drops_duplicate_entries_of_a_node()
    {
        var content = Stock + "10.0.0.11\tpi-01\n10.0.0.12\tpi-02 pi-02\n10.0.0.13\tpi-03\n10.0.0.11\tpi-01\n";

        Assert.Equal(Stock + "10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n", HostsFile.Ensure(content, Nodes, NoneGone));
    }

    [Fact]
    public void Keeps_comments_and_blank_lines()
    {
        var content = "# managed by hand\n127.0.0.1 localhost\n\n# The following lines are desirable for IPv6 capable hosts\n::1 ip6-localhost ip6-loopback\n"
            + "10.0.0.99 nas pi-01 # storage box\n";

        Assert.Equal(
            "# managed by hand\n127.0.0.1 localhost\n\n# The following lines are desirable for IPv6 capable hosts\n::1 ip6-localhost ip6-loopback\n"
            + "10.0.0.99\tnas # storage box\n10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n",
            HostsFile.Ensure(content, Nodes, NoneGone));
    }

    [Fact]
    public void Leaves_a_name_that_only_appears_in_a_comment_alone()
    {
        var content = "# 10.0.0.99 pi-01\n10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n";

        Assert.Same(content, HostsFile.Ensure(content, Nodes, NoneGone));
    }

    [Fact]
    public void Keeps_the_cloud_init_template_line_for_the_old_name()
    {
        // Given /etc/hosts as cloud-init renders it with manage_etc_hosts: true on a Pi still called ubuntu
        var content = """
            # Your system has configured 'manage_etc_hosts' as True.
            # As a result, if you wish for changes to this file to persist
            # then you will need to either
            # a.) make changes to the master file in /etc/cloud/templates/hosts.debian.tmpl
            # b.) change or remove the value of 'manage_etc_hosts' in
            #     /etc/cloud/cloud.cfg or cloud-config from user-data
            #
            127.0.1.1 ubuntu ubuntu
            127.0.0.1 localhost

            # The following lines are desirable for IPv6 capable hosts
            ::1 localhost ip6-localhost ip6-loopback
            ff02::1 ip6-allnodes
            ff02::2 ip6-allrouters

            """;

        // Then the nodes are appended and nothing else changes
        Assert.Equal(content + "10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n", HostsFile.Ensure(content, Nodes, NoneGone));
    }

    [Fact]
    public void Takes_a_node_name_off_the_loopback_line_cloud_init_wrote_after_the_rename()
    {
        // Given the template rendered with the new name, which would shadow the LAN address for peers
        var content = "127.0.1.1 pi-02 pi-02\n127.0.0.1 localhost\n10.0.0.11\tpi-01\n10.0.0.13\tpi-03\n";

        Assert.Equal("127.0.0.1 localhost\n10.0.0.11\tpi-01\n10.0.0.13\tpi-03\n10.0.0.12\tpi-02\n", HostsFile.Ensure(content, Nodes, NoneGone));
    }

    [Fact]
    public void Drops_lines_that_are_no_entry_and_counts_them()
    {
        var written = Stock + "10.0.0.11\tpi-01\n10.0.0.12\tpi-02\n10.0.0.13\tpi-03\n";
        var damaged = "hunter2-secret\n" + written + "pi-04 10.0.0.14\n12345\n";

        Assert.Equal(written, HostsFile.Ensure(damaged, Nodes, NoneGone));
        Assert.Equal(3, HostsFile.Strays(damaged));
        Assert.Equal(0, HostsFile.Strays(written + "fe80::1%eth0 router\n# a note\n"));
    }
}

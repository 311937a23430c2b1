using System.Text.RegularExpressions;

namespace PiCluster.Lab.Tests.Simulator;

/// <summary>`microk8s add-node` in each output format (reference §2.3), seen over plain ssh.</summary>
public sealed partial class AddNodeTests
{
    [GeneratedRegex("^[0-9a-f]{32}/[0-9a-f]{12}$")]
    private static partial Regex TokenCheck();

    static async Task<string> CheckAsync(TestLab lab) => (await lab.TokenAsync("pi-01")).Split('/')[1];

    static string TokenOf(string text, string ip) =>
        Regex.Match(text, $"{Regex.Escape(ip)}:25000/([0-9a-f]{{32}})/").Groups[1].Value;

    [Fact]
    public async Task Token_check_is_32_hex_chars_then_a_12_hex_char_check()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var tokenCheck = await lab.TokenAsync("pi-01");

        Assert.Matches(TokenCheck(), tokenCheck);
    }

    [Fact]
    public async Task Token_format_prints_only_the_32_hex_char_token()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var token = await lab.SshOkAsync("pi-01", "sudo microk8s add-node --format token");

        Assert.Matches("^[0-9a-f]{32}\n$", token);
    }

    [Fact]
    public async Task Pretty_format_gives_the_join_command_the_worker_variant_and_every_address()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        var ip = lab.Address("pi-01");
        var check = await CheckAsync(lab);

        var pretty = await lab.SshOkAsync("pi-01", "sudo microk8s add-node");
        var url = $"{ip}:25000/{TokenOf(pretty, ip)}/{check}";

        Assert.Equal(
            "From the node you wish to join to this cluster, run the following:\n" +
            $"microk8s join {url}\n" +
            "\n" +
            "Use the '--worker' flag to join a node as a worker not running the control plane, eg:\n" +
            $"microk8s join {url} --worker\n" +
            "\n" +
            "If the node you are adding is not reachable through the default interface you can use one of the following:\n" +
            $"microk8s join {url}\n",
            pretty);
    }

    [Fact]
    public async Task Short_format_gives_one_join_command_per_address()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        var ip = lab.Address("pi-01");
        var check = await CheckAsync(lab);

        var shortFormat = await lab.SshOkAsync("pi-01", "sudo microk8s add-node --format short");

        Assert.Equal($"microk8s join {ip}:25000/{TokenOf(shortFormat, ip)}/{check}\n", shortFormat);
    }

    [Fact]
    public async Task Json_format_has_the_token_check_and_the_urls_indented_by_two()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        var ip = lab.Address("pi-01");
        var check = await CheckAsync(lab);

        var json = await lab.SshOkAsync("pi-01", "sudo microk8s add-node --format json");
        var token = TokenOf(json, ip);

        Assert.Equal(
            "{\n" +
            $"  \"token\": \"{token}/{check}\",\n" +
            "  \"urls\": [\n" +
            $"    \"{ip}:25000/{token}/{check}\"\n" +
            "  ]\n" +
            "}\n",
            json);
    }

    [Fact]
    public async Task Yaml_format_has_sorted_keys_and_an_extra_blank_line()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        var ip = lab.Address("pi-01");
        var check = await CheckAsync(lab);

        var yaml = await lab.SshOkAsync("pi-01", "sudo microk8s add-node --format yaml");
        var token = TokenOf(yaml, ip);

        Assert.Equal($"token: {token}/{check}\nurls:\n- {ip}:25000/{token}/{check}\n\n", yaml);
    }

    [Fact]
    public async Task Every_call_issues_a_new_token_with_the_same_check()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        var check = await CheckAsync(lab);

        var first = await lab.TokenAsync("pi-01");
        var second = await lab.TokenAsync("pi-01");

        Assert.NotEqual(first, second);
        Assert.Equal(check, second.Split('/')[1]);
    }

    [Fact]
    public async Task A_given_token_is_used_as_it_is()
    {
        await using var lab = await ClusterSetup.StartAsync(1);
        var check = await CheckAsync(lab);

        var tokenCheck = await lab.TokenAsync("pi-01", "--token 0123456789abcdef0123456789abcdef");

        Assert.Equal($"0123456789abcdef0123456789abcdef/{check}", tokenCheck);
    }

    [Fact]
    public async Task A_given_token_shorter_than_32_chars_is_refused_on_stdout_with_exit_1()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var add = await lab.SshAsync("pi-01", "sudo microk8s add-node --token 0123456789abcdef0123456789abcde");

        Assert.Equal((1, "Invalid token size.  It must be 32 characters long.\n"), (add.ExitCode, add.StdOut));
    }

    [Fact]
    public async Task A_token_is_written_to_cluster_tokens_with_its_expiry_when_it_has_a_ttl()
    {
        await using var lab = await ClusterSetup.StartAsync(1);

        var single = (await lab.TokenAsync("pi-01")).Split('/')[0];
        var timed = (await lab.TokenAsync("pi-01", "--token-ttl 300")).Split('/')[0];
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var tokens = await lab.SshOkAsync("pi-01", "sudo cat /var/snap/microk8s/current/credentials/cluster-tokens.txt");

        var lines = tokens.TrimEnd('\n').Split('\n');
        Assert.Contains(single, lines);
        var expiry = long.Parse(Assert.Single(lines, l => l.StartsWith(timed + "|", StringComparison.Ordinal)).Split('|')[1]);
        Assert.InRange(expiry, now + 290, now + 310);
    }
}

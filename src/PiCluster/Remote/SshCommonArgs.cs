using PiCluster.Ansible;
namespace PiCluster.Remote;

/// <summary>What PiCluster takes from `ansible_ssh_common_args`/`ansible_ssh_extra_args`; every other option is listed in <see cref="Ignored"/> with why.</summary>
public sealed record SshCommonArgs
{
    public JumpHost? Jump { get; init; }
    /// <summary>UserKnownHostsFile entries, `~` expanded, in order.</summary>
    public IReadOnlyList<string> KnownHostsFiles { get; init; } = [];
    /// <summary>IdentityFile and -i entries, `~` expanded, in order.</summary>
    public IReadOnlyList<string> IdentityFiles { get; init; } = [];
    public int? Port { get; init; }
    public string? User { get; init; }
    public TimeSpan? ConnectTimeout { get; init; }
    /// <summary>KexAlgorithms as OpenSSH reads it: `a,b`, `+a`, `-a*` or `^a`.</summary>
    public string? KexAlgorithms { get; init; }
    /// <summary>One line per option that has no effect, saying why, e.g. "StrictHostKeyChecking=no is ignored: …".</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>These options followed by <paramref name="later"/> on the same ssh command line (ansible_ssh_extra_args after the
    /// common ones). As OpenSSH reads a command line, the first value of an option wins; files named again add to the list.</summary>
    public SshCommonArgs Merge(SshCommonArgs later) => new()
    {
        Jump = Jump ?? later.Jump,
        KnownHostsFiles = [.. KnownHostsFiles, .. later.KnownHostsFiles],
        IdentityFiles = [.. IdentityFiles, .. later.IdentityFiles],
        Port = Port ?? later.Port,
        User = User ?? later.User,
        ConnectTimeout = ConnectTimeout ?? later.ConnectTimeout,
        KexAlgorithms = KexAlgorithms ?? later.KexAlgorithms,
        Ignored = [.. Ignored, .. later.Ignored],
    };

    /// <summary>Reads the text as Ansible hands it to ssh (shell-like quoting); throws <see cref="FormatException"/> when it cannot be split or a value is malformed.</summary>
    public static SshCommonArgs Parse(string? commonArgs) =>
        Parse(commonArgs, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    public static SshCommonArgs Parse(string? commonArgs, string home) =>
        new SshArgsReader(home).Read(ShellWords.Words(commonArgs));
}

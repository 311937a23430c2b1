using System.Globalization;
using PiCluster.Ansible;

namespace PiCluster.Remote;

/// <summary>Walks ssh's command-line options; as in ssh, the first value given for an option wins (identity files add up).</summary>
sealed class SshArgsReader(string home)
{
    // ssh flags that take a value, so the value is not mistaken for the destination.
    const string FlagsWithValue = "BbcDEeFIiJLlmOoPpQRSWw";

    JumpHost? jump;
    bool jumpSet;
    List<string>? knownHosts;
    readonly List<string> identities = [];
    int? port;
    string? user;
    TimeSpan? connectTimeout;
    string? kexAlgorithms;
    readonly List<string> ignored = [];

    public SshCommonArgs Read(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < 2 || word[0] != '-')
            {
                ignored.Add($"'{word}' is ignored: it is not an ssh option");
                continue;
            }
            var flag = word[1];
            if (!FlagsWithValue.Contains(flag, StringComparison.Ordinal))
            {
                ignored.Add($"{word} is ignored: {FlagReason(flag)}");
                continue;
            }
            string value;
            if (word.Length > 2)
            {
                value = word[2..];
            }
            else if (i + 1 < words.Count)
            {
                value = words[++i];
            }
            else
            {
                throw new FormatException($"ssh option {word} needs a value");
            }
            if (flag == 'o' && !value.Contains('=', StringComparison.Ordinal) && !value.Trim().Contains(' ', StringComparison.Ordinal)
                && i + 1 < words.Count && !words[i + 1].StartsWith('-'))
            {
                // `-o ProxyJump user@host`: ssh itself wants one word, but the intent is plain.
                value = $"{value} {words[++i]}";
            }
            ReadFlag(flag, value);
        }
        return new SshCommonArgs
        {
            Jump = jump,
            KnownHostsFiles = knownHosts ?? [],
            IdentityFiles = identities,
            Port = port,
            User = user,
            ConnectTimeout = connectTimeout,
            KexAlgorithms = kexAlgorithms,
            Ignored = ignored,
        };
    }

    void ReadFlag(char flag, string value)
    {
        switch (flag)
        {
            case 'o': ReadOption(value); break;
            case 'i': identities.Add(ExpandHome(value)); break;
            case 'p': port ??= ParsePort(value); break;
            case 'l': user ??= value; break;
            case 'J': SetJump(value); break;
            case 'F': ignored.Add($"-F {value} is ignored: ssh config files are not read; put the settings in the inventory"); break;
            default: ignored.Add($"-{flag} {value} is ignored: picluster does not use it"); break;
        }
    }

    void ReadOption(string option)
    {
        var (key, value) = SplitOption(option);
        switch (key.ToLowerInvariant())
        {
            case "proxyjump": SetJump(value); break;
            case "proxycommand": ReadProxyCommand(value); break;
            case "userknownhostsfile": ReadKnownHosts(value); break;
            case "stricthostkeychecking": ReadStrictHostKeyChecking(value); break;
            case "port": port ??= ParsePort(value); break;
            case "user": user ??= value; break;
            case "identityfile": identities.Add(ExpandHome(value)); break;
            case "connecttimeout": connectTimeout ??= ParseSeconds(key, value); break;
            case "kexalgorithms": kexAlgorithms ??= value; break;
            // The inventory's keys are always offered before the agent's, which is what this option is used for.
            case "identitiesonly": break;
            default: ignored.Add($"{key}={value} is ignored: {OptionReason(key.ToLowerInvariant())}"); break;
        }
    }

    static (string Key, string Value) SplitOption(string option)
    {
        var text = option.Trim();
        var cut = text.IndexOfAny(['=', ' ', '\t']);
        if (cut <= 0)
        {
            throw new FormatException($"ssh option -o {option} has no value; write it as -o Name=value");
        }
        return (text[..cut], text[(cut + 1)..].TrimStart('=', ' ', '\t').Trim());
    }

    void SetJump(string value)
    {
        if (jumpSet)
            return;
        jumpSet = true;
        jump = value.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : JumpHost.Parse(value);
    }

    void ReadProxyCommand(string command)
    {
        if (jumpSet)
            return;
        if (command.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            jumpSet = true;
            return;
        }
        var bastion = ProxyCommandJump.Recognise(command);
        if (bastion is null)
        {
            ignored.Add($"ProxyCommand={command} is ignored: only the jump form `ssh -W %h:%p user@bastion` is understood; use -o ProxyJump=user@bastion");
            return;
        }
        jumpSet = true;
        jump = bastion;
    }

    void ReadKnownHosts(string value)
    {
        if (knownHosts is not null)
            return;
        knownHosts = [];
        foreach (var file in ShellWords.Words(value))
        {
            if (file == "/dev/null")
            {
                ignored.Add("UserKnownHostsFile=/dev/null is ignored: host keys are always checked, against ~/.ssh/known_hosts");
                continue;
            }
            knownHosts.Add(ExpandHome(file));
        }
    }

    void ReadStrictHostKeyChecking(string value)
    {
        if (value.Equals("yes", StringComparison.OrdinalIgnoreCase))
            return;
        var why = value.Equals("accept-new", StringComparison.OrdinalIgnoreCase)
            ? "new host keys are refused unless you pass --trust-new-hosts"
            : "host keys are always checked; use --trust-new-hosts to accept new ones";
        ignored.Add($"StrictHostKeyChecking={value} is ignored: {why}");
    }

    // ssh's %d token is the home folder too.
    string ExpandHome(string path) => HomePath.Expand(path.Replace("%d", home, StringComparison.Ordinal), home);

    static int ParsePort(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw new FormatException($"'{value}' is not a port number (1-65535) in the ssh options");

    static TimeSpan ParseSeconds(string key, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"{key}={value} is not a number of seconds in the ssh options");

    static string FlagReason(char flag) => flag switch
    {
        'A' => "agent forwarding is never done",
        'C' => "compression is not used",
        'q' or 'v' => "picluster has its own logging",
        _ => "picluster does not use it",
    };

    static string OptionReason(string key) => key switch
    {
        "controlmaster" or "controlpath" or "controlpersist" => "picluster keeps one connection per host open for the whole run",
        "serveraliveinterval" or "serveralivecountmax" or "tcpkeepalive" => "picluster sends its own keep-alives",
        "ciphers" or "macs" or "hostkeyalgorithms" or "pubkeyacceptedalgorithms" or "pubkeyacceptedkeytypes"
            => "picluster uses its own list of strong algorithms",
        "forwardagent" => "agent forwarding is never done",
        "compression" => "compression is not used",
        "loglevel" => "picluster has its own logging",
        "globalknownhostsfile" => "/etc/ssh/ssh_known_hosts is always read",
        "passwordauthentication" or "pubkeyauthentication" or "preferredauthentications" or "kbdinteractiveauthentication"
            => "picluster offers keys first, then the inventory's password if one is set",
        _ => "picluster does not support it",
    };
}

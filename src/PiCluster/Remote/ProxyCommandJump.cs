using PiCluster.Ansible;

namespace PiCluster.Remote;

/// <summary>Recognises the ProxyCommand forms that only jump through a bastion: `ssh -W %h:%p [opts] [user@]bastion` and `ssh [opts] bastion nc %h %p`.</summary>
static class ProxyCommandJump
{
    public static JumpHost? Recognise(string command)
    {
        var words = ShellWords.Words(command);
        if (words.Count == 0 || Path.GetFileName(words[0]) != "ssh")
            return null;
        string? destination = null, user = null, port = null;
        var forwardsTarget = false;
        var rest = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (destination is not null && (rest.Count > 0 || !word.StartsWith('-')))
            {
                rest.Add(word);
                continue;
            }
            // ssh reads options on both sides of the destination.
            switch (word)
            {
                case "-W" when i + 1 < words.Count:
                    forwardsTarget = words[++i] is "%h:%p" or "[%h]:%p";
                    break;
                case "-p" when i + 1 < words.Count:
                    port = words[++i];
                    break;
                case "-l" when i + 1 < words.Count:
                    user = words[++i];
                    break;
                case "-i" or "-o" or "-F" or "-J" when i + 1 < words.Count:
                    i++;
                    break;
                case ['-', ..]:
                    break;
                default:
                    destination = word;
                    break;
            }
        }
        var netcat = rest is [var tool, "%h", "%p"] && Path.GetFileName(tool) is "nc" or "netcat" or "ncat";
        if (destination is null || !(forwardsTarget ? rest.Count == 0 : netcat))
            return null;
        var bastion = JumpHost.Parse(destination);
        return bastion with
        {
            User = bastion.User ?? user,
            Port = port is null ? bastion.Port : JumpHost.Parse($"x:{port}").Port,
        };
    }
}

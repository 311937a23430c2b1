using System.Globalization;

namespace PiCluster.Remote;

/// <summary>A bastion to reach a host through, as `ssh -J user@address:port` names it.</summary>
public sealed record JumpHost(string Address, int Port, string? User)
{
    /// <summary>Reads `[user@]host[:port]`, `[user@][v6addr]:port` or `ssh://user@host:port`, as ProxyJump takes them.</summary>
    public static JumpHost Parse(string text)
    {
        var rest = text.Trim();
        if (rest.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["ssh://".Length..].TrimEnd('/');
        }
        if (rest.Length == 0 || rest.Any(char.IsWhiteSpace))
            throw Bad(text, rest.Length == 0 ? "it is empty" : "it contains spaces");
        if (rest.Contains(','))
            throw Bad(text, "only one jump host is supported, not a chain");

        string? user = null;
        var at = rest.LastIndexOf('@');
        if (at >= 0)
        {
            user = rest[..at];
            rest = rest[(at + 1)..];
            if (user.Length == 0)
                throw Bad(text, "the user before '@' is empty");
        }

        var (host, port) = SplitPort(text, rest);
        if (host.Length == 0)
            throw Bad(text, "the host is empty");
        return new JumpHost(host, port, user);
    }

    static (string Host, int Port) SplitPort(string text, string hostPort)
    {
        if (hostPort.StartsWith('['))
        {
            var close = hostPort.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
                throw Bad(text, "'[' has no matching ']'");
            var after = hostPort[(close + 1)..];
            if (after.Length == 0)
                return (hostPort[1..close], 22);
            if (!after.StartsWith(':'))
            {
                throw Bad(text, $"unexpected '{after}' after ']'");
            }
            return (hostPort[1..close], ParsePort(text, after[1..]));
        }
        var colon = hostPort.IndexOf(':', StringComparison.Ordinal);
        // Two colons or more without brackets is a bare IPv6 address, which cannot carry a port.
        if (colon < 0 || hostPort.IndexOf(':', colon + 1) >= 0)
            return (hostPort, 22);
        return (hostPort[..colon], ParsePort(text, hostPort[(colon + 1)..]));
    }

    static int ParsePort(string text, string port) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 65536
            ? value
            : throw Bad(text, $"'{port}' is not a port number (1-65535)");

    static FormatException Bad(string text, string reason) =>
        new($"'{text}' is not a jump host: {reason}; expected [user@]host[:port], e.g. ubuntu@bastion.local:22");
}

using System.Globalization;
using System.Text.Json.Nodes;

namespace PiCluster.Ansible.Reading;

/// <summary>Turns a host entry as written (`pi[01:04]`, `pi1:2222`, `[::1]:22`) into host names and the `ansible_port` it implies.</summary>
static class HostNames
{
    public static (IReadOnlyList<string> Names, Variable? Port) Read(string written, SourceSpot where)
    {
        var (host, portText, offset) = HostAddress.SplitPort(written);
        if (host.Length == 0)
            throw new InventoryException(where, $"the host entry '{written}' has no host name", "Write the host name before the colon, as in pi1:2222");
        return (HostRange.Expand(host, where), portText is null ? null : Port(written, portText, where with { Column = where.Column + offset }));
    }

    static Variable Port(string written, string text, SourceSpot where)
    {
        if (text.Length == 0 || !text.All(char.IsAsciiDigit))
        {
            throw new InventoryException(where, $"the port in '{written}' is not a number",
                text.Length == 0 ? "Write the port after the colon, as in pi1:2222, or remove the colon" : "Write host:port with a number, as in pi1:2222");
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw new InventoryException(where, $"the port in '{written}' is {text}, which is not a TCP port", "Use a port from 1 to 65535");
        return new Variable("ansible_port", JsonValue.Create((long)port), where);
    }
}

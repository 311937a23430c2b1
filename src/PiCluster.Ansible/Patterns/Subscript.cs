using System.Globalization;
using System.Text.RegularExpressions;

namespace PiCluster.Ansible.Patterns;

/// <summary>A pattern's [n] or [start:end] suffix, picking hosts by position (0-based, negative from the end, end included).</summary>
sealed partial record Subscript(int Start, int? End)
{
    public static (string Term, Subscript? Subscript) Split(string term)
    {
        if (term.StartsWith('~') || Pattern().Match(term) is not { Success: true } m)
            return (term, null);
        if (m.Groups["index"].Success)
            return (m.Groups["term"].Value, new Subscript(Number(m.Groups["index"].Value), null));
        var end = m.Groups["end"].Value.Length == 0 ? -1 : Number(m.Groups["end"].Value);
        return (m.Groups["term"].Value, new Subscript(Number(m.Groups["start"].Value), end));
    }

    /// <summary>The chosen hosts; null when a single index falls outside the list.</summary>
    public IReadOnlyList<InventoryHost>? Apply(IReadOnlyList<InventoryHost> hosts)
    {
        if (hosts.Count == 0)
            return hosts;
        // As in Ansible, [n:0] picks one host, like [n].
        if (End is null or 0)
        {
            var index = Start < 0 ? hosts.Count + Start : Start;
            return index >= 0 && index < hosts.Count ? [hosts[index]] : null;
        }
        var last = End == -1 ? hosts.Count - 1 : Math.Min(End.Value, hosts.Count - 1);
        return Start > last ? [] : [.. hosts.Skip(Start).Take(last - Start + 1)];
    }

    static int Number(string text) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    [GeneratedRegex(@"^(?<term>.+)\[(?:(?<index>-?[0-9]+)|(?<start>[0-9]+)[:-](?<end>[0-9]*))\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

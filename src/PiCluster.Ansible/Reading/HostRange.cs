using System.Globalization;

namespace PiCluster.Ansible.Reading;

/// <summary>Expands Ansible host ranges: `pi[01:04]`, `node-[a:c]`, `pi[1:10:2]`, several ranges in one name.</summary>
static class HostRange
{
    const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static IReadOnlyList<string> Expand(string pattern, SourceSpot where)
    {
        if (!pattern.Contains('[', StringComparison.Ordinal))
            return [pattern];

        // The text between ranges, and each range's values; a name makes every combination, first range slowest.
        var parts = new List<string>();
        var ranges = new List<IReadOnlyList<string>>();
        var hosts = 1L;
        var rest = 0;
        for (var open = pattern.IndexOf('[', StringComparison.Ordinal); open >= 0; open = pattern.IndexOf('[', rest))
        {
            var close = pattern.IndexOf(']', open);
            if (close < 0)
                throw Bad(where, pattern, "has a [ without a closing ]");
            parts.Add(pattern[rest..open]);
            ranges.Add([.. Values(pattern[(open + 1)..close], pattern, where)]);
            hosts *= ranges[^1].Count;
            if (hosts > InventoryLimits.RangeHosts)
            {
                throw new InventoryException(where, $"the host range {pattern} makes more than {InventoryLimits.RangeHosts} hosts",
                    $"Split it into entries of at most {InventoryLimits.RangeHosts} hosts each");
            }

            rest = close + 1;
        }

        IReadOnlyList<string> names = [""];
        for (var i = 0; i < ranges.Count; i++)
            names = [.. names.SelectMany(name => ranges[i].Select(value => name + parts[i] + value))];
        return [.. names.Select(name => name + pattern[rest..])];
    }

    static IEnumerable<string> Values(string range, string pattern, SourceSpot where)
    {
        var bounds = range.Split(':');
        if (bounds.Length is not (2 or 3))
            throw Bad(where, pattern, $"has [{range}], which is not begin:end or begin:end:step");
        var (begin, end) = (bounds[0].Length == 0 ? "0" : bounds[0], bounds[1]);
        if (end.Length == 0)
            throw Bad(where, pattern, $"has [{range}], which has no end");
        var step = bounds.Length == 3 ? Number(bounds[2], range, pattern, where) : 1;
        if (step < 1)
            throw Bad(where, pattern, $"has the step {bounds[2]} in [{range}], which is not a positive number");

        if (IsLetter(begin) && IsLetter(end))
            return Letter(begin[0], end[0], step, range, pattern, where);
        if (IsLetter(begin) || IsLetter(end))
            throw Bad(where, pattern, $"has [{range}], which mixes a letter and a number");

        var (from, to) = (Number(begin, range, pattern, where), Number(end, range, pattern, where));
        if (from > to)
            throw Bad(where, pattern, $"has [{range}], which counts down");
        if ((to - from) / step >= InventoryLimits.RangeHosts)
            throw Bad(where, pattern, $"has [{range}], which makes more than {InventoryLimits.RangeHosts} hosts");
        // A leading zero on the begin value sets the width of every number, as in pi[01:10].
        var width = begin.Length > 1 && begin[0] == '0' ? begin.Length : 0;
        if (width > 0 && end.Length != width)
            throw Bad(where, pattern, $"has [{range}], whose begin and end are not written with the same number of digits");
        return Count(from, to, step).Select(n => n.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));
    }

    static IEnumerable<string> Letter(char begin, char end, long step, string range, string pattern, SourceSpot where)
    {
        var (from, to) = (Letters.IndexOf(begin, StringComparison.Ordinal), Letters.IndexOf(end, StringComparison.Ordinal));
        if (from > to)
            throw Bad(where, pattern, $"has [{range}], which counts down");
        return Count(from, to, step).Select(i => Letters[(int)i].ToString());
    }

    static bool IsLetter(string text) => text.Length == 1 && Letters.Contains(text[0], StringComparison.Ordinal);

    static IEnumerable<long> Count(long from, long to, long step)
    {
        for (var n = from; n <= to; n += step)
            yield return n;
    }

    static long Number(string text, string range, string pattern, SourceSpot where) =>
        text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Bad(where, pattern, $"has [{range}], and '{text}' is not a number");

    static InventoryException Bad(SourceSpot where, string pattern, string problem) =>
        new(where, $"the host range {pattern} {problem}",
            "Write a range as [begin:end] or [begin:end:step], with numbers (pi[01:04]) or single letters (node-[a:c])");
}

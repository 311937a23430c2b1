using System.Text;
using System.Text.RegularExpressions;

namespace PiCluster.Ansible.Patterns;

/// <summary>Matches group and host names against one pattern term: `~regex` (anchored at the start) or a shell wildcard (whole name).</summary>
static class NameMatcher
{
    public static Regex For(string term)
    {
        try
        {
            return term.StartsWith('~')
                ? new Regex(@"\A(?:" + term[1..] + ")", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))
                : new Regex(@"\A(?s:" + Wildcard(term) + @")\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new InventoryException(null, $"the host pattern '{term}' is not a valid regular expression ({e.Message.TrimEnd('.')})",
                "Fix the expression after ~, or use a wildcard such as pi*");
        }
    }

    // Shell wildcards as Python's fnmatch has them: *, ?, [abc], [!abc].
    static string Wildcard(string term)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < term.Length; i++)
        {
            var c = term[i];
            if (c == '*')
            {
                regex.Append(".*");
            }
            else if (c == '?')
            {
                regex.Append('.');
            }
            else if (c == '[' && ClassEnd(term, i) is var end and > 0)
            {
                var inside = term[(i + 1)..end];
                regex.Append('[').Append(inside.StartsWith('!') ? "^" + Escape(inside[1..]) : Escape(inside)).Append(']');
                i = end;
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        return regex.ToString();
    }

    static int ClassEnd(string term, int open)
    {
        var i = open + 1;
        if (i < term.Length && term[i] == '!')
            i++;
        if (i < term.Length && term[i] == ']')
            i++;
        return term.IndexOf(']', i);
    }

    static string Escape(string inside) => inside.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("[", @"\[", StringComparison.Ordinal)
        .Replace("]", @"\]", StringComparison.Ordinal).Replace("^", @"\^", StringComparison.Ordinal);
}

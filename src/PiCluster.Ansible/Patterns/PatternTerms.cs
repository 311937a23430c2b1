using System.Text.RegularExpressions;
using PiCluster.Ansible.Reading;

namespace PiCluster.Ansible.Patterns;

/// <summary>Splits a host pattern into terms as Ansible does: at commas, or else at colons and spaces outside brackets.</summary>
static partial class PatternTerms
{
    public static IReadOnlyList<string> Split(string pattern)
    {
        var terms = pattern.Contains(',', StringComparison.Ordinal) ? pattern.Split(',')
            // A single host, even with :port or an IPv6 address, is not split at its colons.
            : HostAddress.IsHostWithOptionalPort(pattern) ? [pattern]
            : Term().Matches(pattern).Select(m => m.Value);
        return [.. terms.Select(t => t.Trim()).Where(t => t.Length > 0)];
    }

    /// <summary>Plain terms first, then the &amp; ones, then the ! ones; with no plain term, `all` is assumed.</summary>
    public static IReadOnlyList<string> InEvaluationOrder(IReadOnlyList<string> terms)
    {
        var plain = terms.Where(t => t[0] is not ('&' or '!')).ToList();
        return [.. plain.Count == 0 ? ["all"] : plain, .. terms.Where(t => t[0] == '&'), .. terms.Where(t => t[0] == '!')];
    }

    [GeneratedRegex(@"(?:[^\s:\[\]]|\[[^\]]*\])+", RegexOptions.CultureInvariant)]
    private static partial Regex Term();
}

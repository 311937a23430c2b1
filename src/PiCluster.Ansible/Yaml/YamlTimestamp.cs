using System.Globalization;
using System.Text.RegularExpressions;

namespace PiCluster.Ansible.Yaml;

/// <summary>YAML 1.1 dates and times, written back as Python's isoformat() writes them (how Ansible prints them).</summary>
static partial class YamlTimestamp
{
    public static string? Format(string text)
    {
        if (Date().Match(text) is { Success: true } d)
            return Valid(Part(d, "y"), Part(d, "m"), Part(d, "d")) ? $"{Part(d, "y"):0000}-{Part(d, "m"):00}-{Part(d, "d"):00}" : null;

        var t = Time().Match(text);
        if (!t.Success || !Valid(Part(t, "y"), Part(t, "m"), Part(t, "d")) || Part(t, "H") > 23 || Part(t, "M") > 59 || Part(t, "S") > 59)
            return null;
        var micro = t.Groups["f"].Value is { Length: > 0 } f ? int.Parse(f.Length > 6 ? f[..6] : f.PadRight(6, '0'), CultureInfo.InvariantCulture) : 0;
        var offset = Offset(t);
        if (offset is { TotalHours: >= 24 })
            return null;
        var iso = $"{Part(t, "y"):0000}-{Part(t, "m"):00}-{Part(t, "d"):00}T{Part(t, "H"):00}:{Part(t, "M"):00}:{Part(t, "S"):00}";
        if (micro != 0)
            iso += $".{micro:000000}";
        if (offset is { } o)
            iso += $"{(t.Groups["sign"].Value == "-" && o != TimeSpan.Zero ? '-' : '+')}{o.Hours:00}:{o.Minutes:00}";
        return iso;
    }

    static TimeSpan? Offset(Match t) =>
        t.Groups["sign"].Success ? new TimeSpan(Part(t, "th"), t.Groups["tm"].Success ? Part(t, "tm") : 0, 0)
        : t.Groups["z"].Success ? TimeSpan.Zero
        : null;

    static bool Valid(int year, int month, int day) =>
        year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    static int Part(Match m, string name) => int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:[Tt]|[ \t]+)(?<H>[0-9]{1,2}):(?<M>[0-9]{2}):(?<S>[0-9]{2})(?:\.(?<f>[0-9]*))?(?:[ \t]*(?<z>Z|(?<sign>[-+])(?<th>[0-9]{1,2})(?::(?<tm>[0-9]{2}))?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Time();
}

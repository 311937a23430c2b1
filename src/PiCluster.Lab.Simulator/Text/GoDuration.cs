using System.Globalization;
using System.Text.RegularExpressions;

namespace PiCluster.Lab.Simulator.Text;

/// <summary>Go's time.ParseDuration for the units a person types ("3h", "90m", "1h30m", "45s", "500ms"), and Duration.String
/// (`300s` prints as `5m0s`): microceph's and kubectl's --timeout.</summary>
public static partial class GoDuration
{
    public static TimeSpan? Parse(string text)
    {
        if (text == "0")
            return TimeSpan.Zero;

        var matches = Part().Matches(text);
        if (text.Length == 0 || string.Concat(matches.Select(m => m.Value)) != text)
            return null;

        var total = TimeSpan.Zero;
        foreach (Match match in matches)
        {
            var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            total += match.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(number),
                "m" => TimeSpan.FromMinutes(number),
                "s" => TimeSpan.FromSeconds(number),
                "ms" => TimeSpan.FromMilliseconds(number),
                "us" or "µs" => TimeSpan.FromMicroseconds(number),
                _ => TimeSpan.FromTicks((long)(number / 100)),
            };
        }

        return total;
    }

    public static string Format(TimeSpan span)
    {
        if (span == TimeSpan.Zero)
            return "0s";

        var seconds = span.TotalSeconds % 60;
        var text = seconds.ToString("0.#########", CultureInfo.InvariantCulture) + "s";
        var minutes = (long)span.TotalMinutes;
        if (minutes == 0)
            return text;

        text = $"{minutes % 60}m{text}";
        return minutes >= 60 ? $"{minutes / 60}h{text}" : text;
    }

    /// <summary>The error Go's flag parsing wraps: `time: invalid duration "x"`.</summary>
    public static string Invalid(string text) => $"time: invalid duration \"{text}\"";

    [GeneratedRegex(@"([0-9]+(?:\.[0-9]*)?)(ns|us|µs|ms|s|m|h)")]
    private static partial Regex Part();
}

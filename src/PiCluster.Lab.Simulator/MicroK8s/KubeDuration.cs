using System.Globalization;
using System.Text.RegularExpressions;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>Go's time.ParseDuration and Duration.String for kubectl's --timeout (`300s` prints as `5m0s`).</summary>
public static partial class KubeDuration
{
    public static TimeSpan? Parse(string text)
    {
        if (text == "0")
            return TimeSpan.Zero;

        var match = Pattern().Match(text);
        if (!match.Success)
            return null;

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var unit = part.Value.TrimStart("0123456789.".ToCharArray());
            var value = double.Parse(part.Value[..^unit.Length], CultureInfo.InvariantCulture);
            total += unit switch
            {
                "h" => TimeSpan.FromHours(value),
                "m" => TimeSpan.FromMinutes(value),
                "s" => TimeSpan.FromSeconds(value),
                "ms" => TimeSpan.FromMilliseconds(value),
                _ => TimeSpan.FromMicroseconds(value),
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

    [GeneratedRegex(@"^(?<part>\d+(\.\d+)?(h|m|s|ms|us|µs|ns))+$")]
    private static partial Regex Pattern();
}

using System.Text.RegularExpressions;

namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap refresh --hold[=DURATION]` / `--unhold`.</summary>
public static partial class SnapHold
{
    public static int Hold(LockedJsonFile<SnapdState> store, IReadOnlyList<string> names, string duration, Output output)
    {
        if (ParseUntil(duration) is not { } until)
        {
            return output.Fail($"error: hold value must be a number of hours, minutes or seconds, or \"forever\": {duration}");
        }

        var when = until == DateTimeOffset.MaxValue ? "indefinitely" : $"until {until:yyyy-MM-ddTHH:mm:ssZ}";
        if (names.Count == 0)
        {
            return output.Say($"Auto-refresh of all snaps held {when}", 0);
        }

        store.Update(state => Set(state, names, until));
        return output.Say($"General refreshes of {Quoted(names)} held {when}", 0);
    }

    public static int Unhold(LockedJsonFile<SnapdState> store, IReadOnlyList<string> names, Output output)
    {
        if (names.Count == 0)
            return output.Say("Removed auto-refresh hold on all snaps", 0);

        store.Update(state => Set(state, names, null));
        return output.Say($"Removed general refresh hold of {Quoted(names)}", 0);
    }

    static int Set(SnapdState state, IReadOnlyList<string> names, DateTimeOffset? until)
    {
        for (var i = 0; i < state.Snaps.Count; i++)
        {
            if (names.Contains(state.Snaps[i].Name))
            {
                state.Snaps[i] = state.Snaps[i] with { HoldUntil = until };
            }
        }

        return 0;
    }

    static DateTimeOffset? ParseUntil(string duration)
    {
        if (duration is "forever" or "")
            return DateTimeOffset.MaxValue;

        var match = GoDuration().Match(duration);
        if (!match.Success || match.Length == 0)
            return null;

        var total = TimeSpan.Zero;
        foreach (Capture part in match.Groups["part"].Captures)
        {
            var value = double.Parse(part.Value[..^1], System.Globalization.CultureInfo.InvariantCulture);
            total += part.Value.EndsWith('h') ? TimeSpan.FromHours(value)
                : part.Value.EndsWith('m') ? TimeSpan.FromMinutes(value)
                : TimeSpan.FromSeconds(value);
        }

        return DateTimeOffset.UtcNow + total;
    }

    static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    [GeneratedRegex(@"^(?<part>\d+(\.\d+)?[hms])+$")]
    private static partial Regex GoDuration();
}

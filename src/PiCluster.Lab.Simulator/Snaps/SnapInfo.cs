namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap info NAME`: store facts, then the tracking block and the channel map (tabwriter, padding 1).</summary>
public static class SnapInfo
{
    public static int Run(Invocation invocation, IReadOnlyList<string> args, Output output)
    {
        if (new Flags(args).Positional is not [var name, ..])
            return output.Fail("error: the required argument `<snap> (at least 1 argument)` was not provided");

        if (SnapCatalogue.Find(name, invocation.Settings) is not { } definition)
        {
            return output.Fail($"error: no snap found for \"{name}\"");
        }

        var installed = SnapdStore.Installed(invocation.Paths, invocation.Node, name);
        output.Lines(TabTable.Render(
        [
            ["name:", definition.Name],
            ["summary:", definition.Summary],
            ["publisher:", Terminal.Verified(SnapDefinition.Publisher)],
            ["store-url:", $"https://snapcraft.io/{definition.Name}"],
            ["contact:", definition.Contact],
            ["license:", definition.License],
        ], padding: 1));
        output.Line("description: |");
        output.Lines(definition.Description.Split('\n').Select(line => "  " + line));
        output.Lines(TabTable.Render(Tracking(definition, installed), padding: 1));
        output.Line("channels:");
        output.Lines(SnapChannelMap.Render(definition, installed));
        return 0;
    }

    static List<IReadOnlyList<string>> Tracking(SnapDefinition definition, InstalledSnap? installed)
    {
        List<IReadOnlyList<string>> rows = [["snap-id:", definition.SnapId]];
        if (installed is not null)
        {
            rows.Add(["tracking:", installed.Channel]);
            rows.Add(["refresh-date:", Human(installed.RefreshDate)]);
            if (installed.IsHeld)
            {
                rows.Add(["hold:", installed.HoldUntil == DateTimeOffset.MaxValue ? "forever" : $"{installed.HoldUntil:yyyy-MM-dd}"]);
            }
        }

        return rows;
    }

    static string Human(DateTimeOffset when) =>
        when.UtcDateTime.Date == DateTime.UtcNow.Date ? $"today at {when:HH:mm} UTC" : $"{when:yyyy-MM-dd}";
}

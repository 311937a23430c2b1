namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap list [NAME...]` (tabwriter: min width 5, padding 2).</summary>
public static class SnapList
{
    public static int Run(Invocation invocation, IReadOnlyList<string> args, Output output)
    {
        var names = new Flags(args).Positional;
        var snaps = SnapdStore.For(invocation.Paths, invocation.Node).Read().Snaps
            .Where(s => names.Count == 0 || names.Contains(s.Name))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        if (snaps.Count == 0)
        {
            return names.Count == 0
                ? Quiet(output, "No snaps are installed yet. Try 'snap install hello-world'.")
                : output.Fail("error: no matching snaps installed");
        }

        List<IReadOnlyList<string>> rows = [["Name", "Version", "Rev", "Tracking", "Publisher", "Notes"]];
        rows.AddRange(snaps.Select(s => (IReadOnlyList<string>)
        [
            s.Name, s.Version, s.Revision.ToString(), Channel.Parse(s.Channel).Tracking,
            Terminal.Verified("canonical"), Notes(s),
        ]));
        output.Lines(TabTable.Render(rows, padding: 2, minWidth: 5));
        return 0;
    }

    static string Notes(InstalledSnap snap)
    {
        List<string> notes = [];
        if (snap.Classic)
            notes.Add("classic");

        if (snap.IsHeld)
            notes.Add("held");

        return notes.Count == 0 ? "-" : string.Join(',', notes);
    }

    static int Quiet(Output output, string message)
    {
        output.Error(message);
        return 0;
    }
}

namespace PiCluster.Lab.Simulator.Disks;

/// <summary>`lsblk [-J] [-b] [-d] [-p] [-n] [-o COLS] [DEVICE...]` over the node's simulated disks (util-linux 2.39).</summary>
public static class LsblkCommand
{
    public static int Run(Invocation invocation, Output output)
    {
        var args = invocation.Args.SelectMany(Split).ToList();
        var flags = new Flags(args);
        var json = flags.Has("-J", "--json");
        var bytes = flags.Has("-b", "--bytes");
        var noDeps = flags.Has("-d", "--nodeps");
        var paths = flags.Has("-p", "--paths");
        var noHeadings = flags.Has("-n", "--noheadings");
        flags.Has("-a", "--all");
        var columns = (flags.Value("-o", "--output")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? LsblkColumn.Default)
            .Select(c => c.ToUpperInvariant()).ToList();
        if (flags.Unknown.Count > 0)
        {
            return output.Fail($"lsblk: unrecognized option '{flags.Unknown[0]}'\nTry 'lsblk --help' for more information.");
        }

        if (columns.FirstOrDefault(c => !LsblkColumn.Known.Contains(c)) is { } column)
        {
            return output.Fail($"lsblk: unknown column: {column}");
        }

        var store = new NodeBlockDevices(invocation.Paths, invocation.Node);
        var rows = store.Rows();
        var wanted = flags.Positional;
        if (wanted.Count > 0)
        {
            var found = new List<LsblkRow>();
            foreach (var device in wanted)
            {
                var name = store.Find(device)?.Name ?? device.Replace("/dev/", "");
                if (rows.SelectMany(r => r.SelfAndDescendants).FirstOrDefault(r => r.Name == name) is { } row)
                {
                    found.Add(row);
                }
                else
                {
                    output.Error($"lsblk: {device}: not a block device");
                }
            }

            if (found.Count == 0)
                return 32;

            rows = found;
        }

        if (json)
            output.Write(LsblkJson.Render(rows, columns, bytes, paths, tree: !noDeps));
        else
            output.Lines(LsblkTable.Render(rows, columns, bytes, paths, tree: !noDeps, headings: !noHeadings));

        return wanted.Count > rows.Count ? 64 : 0;
    }

    // Short options may be bundled (`-Jb`, `-dno NAME`); the last letter of a bundle may take the next argument.
    static IEnumerable<string> Split(string arg)
    {
        if (arg.Length <= 2 || arg[0] != '-' || arg[1] == '-')
            return [arg];

        var split = new List<string>();
        for (var i = 1; i < arg.Length; i++)
        {
            split.Add("-" + arg[i]);
            if (arg[i] == 'o' && i + 1 < arg.Length)
            {
                split.Add(arg[(i + 1)..]);
                break;
            }
        }

        return split;
    }
}

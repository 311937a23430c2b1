using System.Text.RegularExpressions;
using PiCluster.Lab.Simulator.Disks;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph disk add DEV... [--wipe]`, `disk add loop,4G,3`, `disk add --all-available`: a blank line and a
/// PATH/STATUS table, then `Error: …` and exit 1 if any disk failed.</summary>
public static partial class DiskAddCommand
{
    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var wipe = flags.Has("--wipe");
        var all = flags.Has("--all-available");
        flags.Has("--encrypt", "--wal-wipe", "--wal-encrypt", "--db-wipe", "--db-encrypt");
        flags.Value("--wal-device", "--db-device");
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        var paths = flags.Positional.ToList();
        if (!all && paths.Count == 0)
            return output.Fail($"Error: requires at least 1 arg(s), only received 0");

        if (context.Store.Read().ClusterOf(context.Node) is null)
            return output.Fail(MicroCephContext.NotInitialized);

        var devices = new NodeBlockDevices(context.Invocation.Paths, context.Node);
        if (all)
        {
            paths = [.. DiskListCommand.Available(context, devices).Select(d => d.StablePath)];
            if (paths.Count == 0)
                return output.Say("No available disks found on this system.", 0);
        }

        if (paths.Count > 1 && paths.FirstOrDefault(p => LoopSpec().IsMatch(p)) is { } spec)
        {
            return output.Fail($"Error: arg validation failed: loop spec {spec} is not supported as an argument to batch disk addition, use separately");
        }

        foreach (var path in paths.Where(p => !LoopSpec().IsMatch(p)))
        {
            if (!path.StartsWith('/'))
            {
                return output.Fail($"Error: failed to set stable disk path: invalid disk path: {path}");
            }

            if (devices.Find(path) is null)
            {
                return output.Fail($"Error: failed to set stable disk path: lstat {path}: no such file or directory");
            }
        }

        var adder = new OsdAdder(context, devices);
        var reports = paths.Select(p => (Path: p, Error: LoopSpec().Match(p) is { Success: true } loop
            ? adder.AddLoops(SizeMb(loop.Groups[1].Value), int.Parse(loop.Groups[2].Value))
            : adder.AddDisk(devices.Find(p)!, wipe))).ToList();
        output.Line();
        output.Lines(BoxTable.Render(["PATH", "STATUS"], [.. reports.Select(r => (IReadOnlyList<string>)[r.Path, r.Error is null ? "Success" : "Failure"])]));
        var failed = reports.Where(r => r.Error is not null).ToList();
        return failed.Count switch
        {
            0 => 0,
            1 => output.Fail($"Error: {failed[0].Error}"),
            _ => output.Fail($"Error: failed adding multiple ({failed.Count}) disks, please check logs for details"),
        };
    }

    static long SizeMb(string size) => long.Parse(size[..^1]) * size[^1] switch { 'G' => 1024, 'T' => 1024 * 1024, _ => 1 };

    [GeneratedRegex("^loop,([1-9][0-9]*[MGT]),([1-9][0-9]*)$")]
    private static partial Regex LoopSpec();
}

using System.Globalization;
using PiCluster.Lab.Simulator.Disks;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph disk list [--json] [--host-only]`: the cluster's OSDs, and this node's disks that could become one.</summary>
public static class DiskListCommand
{
    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var json = flags.Has("--json");
        var hostOnly = flags.Has("--host-only");
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        if (context.Store.Read().ClusterOf(context.Node) is not { } cluster)
            return output.Fail(MicroCephContext.NotInitialized);

        var configured = cluster.Osds.Where(o => o.Recorded && (!hostOnly || o.Node == context.Node)).OrderBy(o => o.Id).ToList();
        var available = Available(context, new NodeBlockDevices(context.Invocation.Paths, context.Node));
        if (json)
        {
            output.Line(Json(configured, available));
            return 0;
        }

        if (configured.Count > 0)
        {
            output.Line("Disks configured in MicroCeph:");
            output.Lines(BoxTable.Render(["OSD", "LOCATION", "PATH"], [.. configured.Select(o => (IReadOnlyList<string>)[o.Id.ToString(CultureInfo.InvariantCulture), o.Location, o.Path])]));
        }

        if (available.Count > 0)
        {
            if (configured.Count > 0)
                output.Line();

            output.Line("Available unpartitioned disks on this system:");
            output.Lines(BoxTable.Render(["MODEL", "CAPACITY", "TYPE", "PATH"], [.. available.Select(d => (IReadOnlyList<string>)[d.Model ?? "", Iec(d.Bytes), d.Transport, d.StablePath])]));
        }

        return 0;
    }

    /// <summary>Whole disks with no partitions, no filesystem, not mounted, not the boot disk and not an OSD already.</summary>
    public static List<BlockDevice> Available(MicroCephContext context, NodeBlockDevices devices)
    {
        var taken = context.Store.Read().ClusterOf(context.Node)?.Osds.Where(o => o.Node == context.Node).Select(o => o.Device).ToHashSet() ?? [];
        return [.. devices.Disks().Where(d => !d.Boot && !d.Mounted && d.Partitions.Count == 0 && d.FsType is null && !taken.Contains(d.Name))];
    }

    /// <summary>units.GetByteSizeStringIEC(n, 2): "232.83GiB".</summary>
    public static string Iec(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];
        var value = (double)bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return value.ToString("0.00", CultureInfo.InvariantCulture) + units[unit];
    }

    static string Json(List<CephOsd> configured, List<BlockDevice> available)
    {
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("ConfiguredDisks");
            foreach (var osd in configured)
            {
                json.WriteStartObject();
                json.WriteNumber("osd", osd.Id);
                json.WriteString("path", osd.Path);
                json.WriteString("location", osd.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("AvailableDisks");
            foreach (var disk in available)
            {
                json.WriteStartObject();
                json.WriteString("Model", disk.Model ?? "");
                json.WriteString("Size", Iec(disk.Bytes));
                json.WriteString("Type", disk.Transport);
                json.WriteString("Path", disk.StablePath);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}

using System.Globalization;
using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>
/// `microceph cluster list [-f table|json|csv]` (day2-cli.md §7): NAME, ADDRESS, ROLE, FINGERPRINT, STATUS in natural name
/// order, drawn by LXD's RenderTable. `-f/--format` came with microceph PR #646 (Nov 2025): older builds, the lab's default,
/// refuse it as cobra does any unknown flag, before asking the daemon.
/// </summary>
public static class ClusterListCommand
{
    /// <summary>The flag error of a build without `-f/--format`, or null: cobra parses flags before the command runs.</summary>
    public static string? RefusedFlag(MicroCephContext context, IReadOnlyList<string> args) =>
        HasFormatFlag(context) ? null : MicroCephCommand.Unknown(new Flags(args));

    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var format = HasFormatFlag(context) ? flags.Value("-f", "--format") ?? "table" : "table";
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        if (context.Store.Read().ClusterOf(context.Node) is not { } cluster)
            return output.Fail(MicroCephContext.NotInitialized);

        var status = cluster.Members.ToDictionary(m => m.Address, m => context.Online(m) ? "ONLINE" : "UNREACHABLE");
        var rows = cluster.Members.OrderBy(m => m.Name, NaturalOrder.Instance).Select(m => (IReadOnlyList<string>)
            [m.Name, m.Address, cluster.Role(m), m.Fingerprint, status[m.Address]]).ToList();
        switch (format)
        {
            case "table":
                output.Lines(BoxTable.Render(["NAME", "ADDRESS", "ROLE", "FINGERPRINT", "STATUS"], rows));
                return 0;
            case "csv":
                output.Lines(rows.Select(r => string.Join(',', r)));
                return 0;
            case "json":
                output.Line(Json(cluster, status));
                return 0;
            case "yaml" or "compact":
                return output.Fail($"picluster-sim: 'microceph cluster list -f {format}' is not simulated; known: table, json, csv");
            default:
                return output.Fail($"Error: Invalid format \"{format}\"");
        }
    }

    static bool HasFormatFlag(MicroCephContext context) =>
        SnapdStore.Installed(context.Invocation.Paths, context.Node, "microceph") is { } snap
        && MicroCephBuild.Find(snap.Revision)?.ClusterListFormat == true;

    /// <summary>json.Encoder on microcluster's ClusterMember list: one line, in the database's order (only the table is sorted),
    /// the whole certificate and no fingerprint.</summary>
    static string Json(CephClusterRecord cluster, Dictionary<string, string> status)
    {
        return JsonText.Write(json =>
        {
            json.WriteStartArray();
            foreach (var member in cluster.Members)
            {
                json.WriteStartObject();
                json.WriteString("name", member.Name);
                json.WriteString("address", member.Address);
                json.WriteString("certificate", $"-----BEGIN CERTIFICATE-----\n{member.Fingerprint}\n-----END CERTIFICATE-----\n");
                json.WriteString("role", cluster.Role(member));
                json.WriteNumber("schema_internal_version", 7);
                json.WriteNumber("schema_external_version", 3);
                json.WriteString("last_heartbeat", member.Joined.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
                json.WriteString("status", status[member.Address]);
                json.WriteStartArray("extensions");
                json.WriteStringValue("internal:runtime_extension_v1");
                json.WriteStringValue("internal:rename_core_endpoints");
                json.WriteEndArray();
                json.WriteString("secret", "");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }
}

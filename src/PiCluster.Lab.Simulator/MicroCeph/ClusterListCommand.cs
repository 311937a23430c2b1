namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph cluster list [-f table|json|csv]`: NAME, ADDRESS, ROLE, FINGERPRINT, STATUS in natural name order.</summary>
public static class ClusterListCommand
{
    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var format = flags.Value("-f", "--format") ?? "table";
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        if (context.Store.Read().ClusterOf(context.Node) is not { } cluster)
            return output.Fail(MicroCephContext.NotInitialized);

        var members = cluster.Members.OrderBy(m => m.Name, NaturalOrder.Instance).ToList();
        var rows = members.Select(m => (IReadOnlyList<string>)
            [m.Name, m.Address, cluster.Role(m), m.Fingerprint, context.Online(m) ? "ONLINE" : "UNREACHABLE"]).ToList();
        switch (format)
        {
            case "table":
                output.Lines(BoxTable.Render(["NAME", "ADDRESS", "ROLE", "FINGERPRINT", "STATUS"], rows));
                return 0;
            case "csv":
                output.Lines(rows.Select(r => string.Join(',', r)));
                return 0;
            case "json":
                output.Line(Json(cluster, members, rows));
                return 0;
            default:
                return output.Fail($"Error: Invalid format \"{format}\"");
        }
    }

    static string Json(CephClusterRecord cluster, List<CephMember> members, List<IReadOnlyList<string>> rows)
    {
        return JsonText.Write(json =>
        {
            json.WriteStartArray();
            for (var i = 0; i < members.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("name", members[i].Name);
                json.WriteString("address", members[i].Address);
                json.WriteString("certificate", $"-----BEGIN CERTIFICATE-----\n{members[i].Fingerprint}\n-----END CERTIFICATE-----\n");
                json.WriteString("role", rows[i][2]);
                json.WriteNumber("schema_internal_version", 7);
                json.WriteNumber("schema_external_version", 3);
                json.WriteString("last_heartbeat", members[i].Joined);
                json.WriteString("status", rows[i][4]);
                json.WriteString("secret", "");
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }
}

using System.Text.RegularExpressions;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph cluster sql QUERY` (cluster_sql.go): runs a query against the cluster database and prints
/// `Rows affected: N` for one that is no SELECT. Simulated for the one query a tool needs, deleting a name's unused join
/// tokens; any other query is refused as not simulated.</summary>
public static partial class ClusterSqlCommand
{
    public const string TokenTable = "core_token_records";

    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        if (flags.Positional is not [var query])
            return output.Fail(MicroCephCommand.ArgCount(1, flags.Positional.Count));

        if (context.Store.Read().ClusterOf(context.Node) is null)
            return output.Fail(MicroCephContext.NotInitialized);

        var delete = DeleteTokens().Match(query.Trim());
        if (!delete.Success)
            return output.Fail($"picluster-sim: only `DELETE FROM {TokenTable} WHERE name = 'NAME'` is simulated, not `{query}`");

        var table = delete.Groups["table"].Value;
        if (table != TokenTable)
            return output.Fail($"Error: Failed to execute query: no such table: {table}");

        var name = delete.Groups["name"].Value;
        var removed = context.Store.Update(state => state.ClusterOf(context.Node)!.Tokens.RemoveAll(t => t.Name == name));
        output.Line($"Rows affected: {removed}");
        return 0;
    }

    [GeneratedRegex("""^DELETE\s+FROM\s+(?<table>\w+)\s+WHERE\s+name\s*=\s*'(?<name>[^']*)'\s*;?$""", RegexOptions.IgnoreCase)]
    private static partial Regex DeleteTokens();
}

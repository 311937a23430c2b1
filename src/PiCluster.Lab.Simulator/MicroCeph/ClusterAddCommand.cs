using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>`microceph cluster add NAME [-t|--timeout 3h]`: one line, a join token only a member called NAME can use, once.</summary>
public static partial class ClusterAddCommand
{
    public static int Run(MicroCephContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var timeoutText = flags.Value("-t", "--timeout") ?? "3h";
        if (MicroCephCommand.Unknown(flags) is { } unknown)
            return output.Fail(unknown);

        if (flags.Positional is not [var name])
            return output.Fail(MicroCephCommand.ArgCount(1, flags.Positional.Count));

        if (GoDuration.Parse(timeoutText) is not { } timeout)
        {
            return output.Fail($"Error: Invalid value for timeout flag: {GoDuration.Invalid(timeoutText)}");
        }

        if (context.Store.Read().ClusterOf(context.Node) is null)
            return output.Fail(MicroCephContext.NotInitialized);

        if (!Fqdn().IsMatch(name) || name.Split('.').Any(label => label.Length > 63))
        {
            return output.Fail($"Error: Token name \"{name}\" is not a valid FQDN: Name must only contain letters, digits, hyphens and dots");
        }

        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var token = context.Store.Update<JoinToken?>(state =>
        {
            var cluster = state.ClusterOf(context.Node)!;
            cluster.Tokens.RemoveAll(t => t.Expires <= DateTimeOffset.UtcNow);
            if (cluster.Tokens.Any(t => t.Name == name))
                return null;

            cluster.Tokens.Add(new CephToken(name, secret, DateTimeOffset.UtcNow + timeout));
            return new JoinToken(secret, cluster.Fingerprint, [.. cluster.Members.Select(m => m.Address)]);
        });
        if (token is null)
            return output.Fail($"Error: Failed to create \"{ClusterSqlCommand.TokenTable}\" entry: UNIQUE constraint failed: {ClusterSqlCommand.TokenTable}.name");

        output.Line(token.Encode());
        return 0;
    }

    [GeneratedRegex("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$")]
    private static partial Regex Fqdn();
}

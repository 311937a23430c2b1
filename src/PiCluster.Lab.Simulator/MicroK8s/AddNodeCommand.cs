using System.Security.Cryptography;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>`microk8s add-node [-t TOKEN] [-l TTL] [--format pretty|short|token|token-check|json|yaml]` (add_token.py).</summary>
public static class AddNodeCommand
{
    const string Usage =
        "usage: microk8s add-node [-h] [--token-ttl TOKEN_TTL] [--token TOKEN] [--format {pretty,short,token,token-check,json,yaml}]";

    static readonly string[] Formats = ["pretty", "short", "token", "token-check", "json", "yaml"];

    public static int Run(MicroK8sContext context, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var ttlText = flags.Value("-l", "--token-ttl") ?? "-1";
        var token = flags.Value("-t", "--token") ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var format = flags.Value("--format") ?? "pretty";
        if (!long.TryParse(ttlText, out var ttl))
        {
            return ArgumentError($"argument --token-ttl/-l: invalid int value: '{ttlText}'", output);
        }

        if (!Formats.Contains(format))
        {
            return ArgumentError($"argument --format: invalid choice: '{format}' (choose from {string.Join(", ", Formats.Select(f => $"'{f}'"))})", output);
        }

        if (flags.Remaining.Count > 0)
        {
            return ArgumentError($"unrecognized arguments: {string.Join(' ', flags.Remaining)}", output);
        }

        if (token.Length < 32)
            return output.Say("Invalid token size.  It must be 32 characters long.", 1);

        context.Store.Update(_ => ClusterTokens.Add(context.Files, token, ttl));
        var check = ServerCert.Check(context.Files);
        output.Lines(AddNodeOutput.Render(format, context.Self.Address, token, check));
        return 0;
    }

    static int ArgumentError(string message, Output output)
    {
        output.Error(Usage);
        return output.Fail($"microk8s add-node: error: {message}", 2);
    }
}

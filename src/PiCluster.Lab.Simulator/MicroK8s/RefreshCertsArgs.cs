namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>refresh_certs.py's click options; a parse error carries click's message, printed under the usage with exit 2.</summary>
public sealed record RefreshCertsArgs(bool Undo, bool Check, string? Cert, string? CaDir, bool Help)
{
    public static readonly string[] Certs = ["ca.crt", "server.crt", "front-proxy-client.crt"];

    public int Operations => (Undo ? 1 : 0) + (Check ? 1 : 0) + (Cert is not null ? 1 : 0);

    public static RefreshCertsArgs Parse(IReadOnlyList<string> args, out string? error)
    {
        error = null;
        bool undo = false, check = false, help = false;
        string? cert = null, caDir = null;
        for (var i = 0; i < args.Count && error is null; i++)
        {
            var arg = args[i];
            if (arg is "-u" or "--undo")
                undo = true;
            else if (arg is "-c" or "--check")
                check = true;
            else if (arg is "-h" or "--help")
                help = true;
            else if (arg is "-e" or "--cert" && i + 1 < args.Count)
                cert = args[++i];
            else if (arg is "-e" or "--cert")
                error = $"Option '{arg}' requires an argument.";
            else if (arg.StartsWith("--cert=", StringComparison.Ordinal))
                cert = arg["--cert=".Length..];
            else if (arg.StartsWith("-e", StringComparison.Ordinal))
                cert = arg[2..];
            else if (arg.StartsWith('-') && arg.Length > 1)
                error = $"No such option: {arg}";
            else if (caDir is null)
                caDir = arg;
            else
                error = $"Got unexpected extra argument ({arg})";
        }

        if (error is null && cert is not null && !Certs.Contains(cert))
            error = $"Invalid value for '-e' / '--cert': '{cert}' is not one of {string.Join(", ", Certs.Select(c => $"'{c}'"))}.";

        if (error is null && caDir is not null && !Path.Exists(caDir))
            error = $"Invalid value for '[CA_DIR]': Path '{caDir}' does not exist.";

        return new(undo, check, cert, caDir, help);
    }
}

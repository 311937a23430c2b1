using System.Globalization;
using System.Text;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The lines `k8s-dqlite migrator` logs on stderr: logrus's text formatter without a terminal
/// (full RFC 3339 local time, fields sorted by name, values quoted only when they hold other characters than [A-Za-z0-9-._/@^+]).</summary>
public sealed class MigratorLog(Output output, bool debug)
{
    public void Info(string message, params (string Name, object Value)[] fields) => Write("info", message, fields);

    public void Debug(string message, params (string Name, object Value)[] fields)
    {
        if (debug)
            Write("debug", message, fields);
    }

    public void Error(string message, params (string Name, object Value)[] fields) => Write("error", message, fields);

    public void Fatal(string message, string error) => Write("fatal", message, [("error", error)]);

    void Write(string level, string message, (string Name, object Value)[] fields)
    {
        var line = new StringBuilder();
        line.Append($"time={Quote(Time(DateTimeOffset.Now))} level={level} msg={Value(message)}");
        foreach (var (name, value) in fields.OrderBy(f => f.Name, StringComparer.Ordinal))
            line.Append($" {name}={Value(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "")}");

        output.Error(line.ToString());
    }

    public static string Time(DateTimeOffset now) =>
        now.Offset == TimeSpan.Zero
            ? now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    static string Value(string text) => text.All(Plain) ? text : Quote(text);

    static bool Plain(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '/' or '@' or '^' or '+';

    static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";
}

using System.Text.Json;
using PiCluster.Remote;

namespace PiCluster.Cli;

/// <summary>`--output json`: `{"hosts": [{"host", "address", "port", "ok", "result", "failure", "message", …}], "ok": N, "failed": N}`.</summary>
public static class HostResultJson
{
    public static int Write<T>(IReadOnlyList<HostOutcome<T>> outcomes, Action<Utf8JsonWriter, T> success)
    {
        JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("hosts");
            foreach (var outcome in outcomes)
            {
                json.WriteStartObject();
                json.WriteString("host", outcome.Target.Name);
                json.WriteString("address", outcome.Target.Connection.Address);
                json.WriteNumber("port", outcome.Target.Connection.Port);
                json.WriteBoolean("ok", outcome.Succeeded);
                json.WriteNumber("ms", (long)outcome.Elapsed.TotalMilliseconds);
                if (outcome.Succeeded) success(json, outcome.Value!);
                else
                {
                    json.WriteString("failure", HostResultTable.Label(outcome.Failure!.Value));
                    json.WriteString("message", Secrets.Redact(outcome.Message ?? ""));
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("ok", outcomes.Count(o => o.Succeeded));
            json.WriteNumber("failed", outcomes.Count(o => !o.Succeeded));
            json.WriteEndObject();
        });
        return HostExit.Code(outcomes);
    }
}

using System.Text.Json;
using PiCluster.Cluster;
using PiCluster.Plans;

namespace PiCluster.Cli;

/// <summary>`plan`/`up --output json`: {"problems", "warnings", "hosts": [{host, address, reachable, steps, passed, recap}], "cluster_steps", "cluster"}.</summary>
public static class UpJson
{
    public static int Write(Plan plan, IReadOnlyList<HostRecap>? recap, ClusterSummary? summary)
    {
        JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            JsonOutput.Strings(json, "problems", plan.Problems);
            JsonOutput.Strings(json, "warnings", plan.Warnings);
            json.WriteStartArray("hosts");
            foreach (var host in plan.Hosts) Host(json, host, recap?.FirstOrDefault(r => r.Host == host.Name));
            json.WriteEndArray();
            json.WriteStartArray("cluster_steps");
            foreach (var step in plan.ClusterSteps)
            {
                json.WriteStartObject();
                json.WriteString("host", step.Host);
                json.WriteString("action", Secrets.Redact(step.Describe()));
                json.WriteBoolean("changes", step.Changes);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (summary is not null) Cluster(json, summary);
            json.WriteEndObject();
        });
        var code = plan.Refused ? 1 : recap is null ? (plan.Achievable ? 0 : 2) : UpExit.Code(recap);
        if (code != 0) Console.Error.WriteLine($"Log: {RunLog.Path}");
        return code;
    }

    static void Host(Utf8JsonWriter json, HostPlan host, HostRecap? recap)
    {
        json.WriteStartObject();
        json.WriteString("host", host.Name);
        json.WriteString("address", host.Host.Address);
        json.WriteBoolean("reachable", host.Reachable);
        if (host.Host.Unreachable is { } why) json.WriteString("unreachable", Secrets.Redact(why));
        JsonOutput.Strings(json, "steps", host.Steps.Select(s => s.Describe()));
        JsonOutput.Strings(json, "passed", host.Passed);
        if (recap is not null)
        {
            json.WriteStartObject("recap");
            json.WriteNumber("ok", recap.Ok);
            json.WriteNumber("changed", recap.Changed);
            json.WriteBoolean("unreachable", recap.Unreachable);
            json.WriteNumber("failed", recap.Failed);
            json.WriteNumber("skipped", recap.Skipped);
            json.WriteNumber("seconds", Math.Round(recap.Elapsed.TotalSeconds, 2));
            JsonOutput.Strings(json, "messages", recap.Messages);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    static void Cluster(Utf8JsonWriter json, ClusterSummary summary)
    {
        json.WriteStartObject("cluster");
        json.WriteStartArray("nodes");
        foreach (var node in summary.Nodes)
        {
            json.WriteStartObject();
            JsonOutput.NodeFields(json, node.Name, node.Address, node.Ready, node.ControlPlane);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteNumber("ready", summary.Ready);
        json.WriteNumber("control_planes", summary.ControlPlanes);
        json.WriteBoolean("high_availability", summary.HighlyAvailable);
        json.WriteString("api", summary.ApiEndpoint);
        if (summary.Storage is { } storage) StorageJson.Write(json, storage);
        json.WriteEndObject();
    }
}

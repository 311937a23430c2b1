using System.Text.Json;
using System.Text.Json.Serialization;
using PiCluster.Facts;
using PiCluster.Remote;

namespace PiCluster.Cli.Json;

/// <summary>`ping`, `copy-id` and `facts`: one entry per selected host, then how many succeeded and failed.</summary>
public sealed record HostsDocument(int SchemaVersion, string Command, IReadOnlyList<HostResultJson> Hosts, int Succeeded, int Failed)
{
    public static HostsDocument From<T>(string command, IReadOnlyList<HostOutcome<T>> outcomes, Func<T, HostResultJson, HostResultJson> success) => new(
        OutputJson.SchemaVersion,
        command,
        [.. outcomes.Select(outcome =>
        {
            var entry = new HostResultJson(outcome.Target.Name, outcome.Target.Connection.Address, outcome.Target.Connection.Port, outcome.Succeeded,
                Math.Round(outcome.Elapsed.TotalSeconds, 3));
            return outcome.Succeeded ? success(outcome.Value!, entry) : entry with { Failure = Code(outcome.Failure!.Value), Error = outcome.Message ?? "" };
        })],
        outcomes.Count(o => o.Succeeded),
        outcomes.Count(o => !o.Succeeded));

    /// <summary>A value as a stable snake_case word: `auth_failed`, `already_authorized`.</summary>
    public static string Code<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}

/// <summary>One host's result: what it answered (<see cref="Result"/>, or <see cref="Facts"/> for `facts`), or why it failed
/// (<see cref="Failure"/>, a code, and <see cref="Error"/>, the sentence with the fix).</summary>
public sealed record HostResultJson(string Host, string Address, int Port, bool Ok, double Seconds)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Result { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HostFacts? Facts { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Failure { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }
}

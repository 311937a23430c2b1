using System.Text.Json;

namespace PiCluster.Lab.Simulator.Hosting;

/// <summary>One JSON line per call in the node's sim-calls.log, so tests and benchmarks can count commands.</summary>
public static class CallLog
{
    public static void Append(Invocation invocation, int exitCode, TimeSpan duration)
    {
        var record = new CallRecord(
            DateTimeOffset.UtcNow, [.. invocation.Argv], invocation.Caller.Uid, exitCode, (long)duration.TotalMilliseconds);
        var line = JsonSerializer.Serialize(record, SimJsonLine.Default.CallRecord) + "\n";
        try
        {
            var path = invocation.Paths.SimulatorCalls(invocation.Node);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.AppendAllText(path, line);
        }
        catch (IOException)
        {
            // Logging must never change what the caller sees.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

public sealed record CallRecord(DateTimeOffset Time, string[] Argv, int Uid, int Exit, long DurationMs);

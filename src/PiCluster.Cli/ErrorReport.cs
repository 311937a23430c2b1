using PiCluster.Lab;

namespace PiCluster.Cli;

/// <summary>Turns failures into one plain line for the operator; anything unexpected is a bug, with its stack in a log.</summary>
public static class ErrorReport
{
    public static async Task<int> RunAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (LabException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception e)
        {
            var log = Path.Combine(Path.GetTempPath(), $"picluster-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
            await File.WriteAllTextAsync(log, e.ToString());
            await Console.Error.WriteLineAsync($"error: {e.Message}\nThis is a bug in picluster; the details are in {log}");
            return 70;
        }
    }
}

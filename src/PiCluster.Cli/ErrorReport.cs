using PiCluster.Access;
using PiCluster.Ansible;
using PiCluster.Lab;
using PiCluster.Remote;

namespace PiCluster.Cli;

/// <summary>Turns failures into one plain line for the operator; anything unexpected is a bug, with its stack in the run's log.</summary>
public static class ErrorReport
{
    /// <summary>A command line that does not parse: what is wrong, then where that command's help is; nothing on stdout.</summary>
    public static int Usage(UsageError usage)
    {
        // What the user typed is quoted back; a control character in it is shown escaped, never sent to the terminal.
        Console.Error.WriteLine($"error: {VisibleText.Escape(usage.Message)}");
        Console.Error.WriteLine($"see '{usage.Help}'");
        return 1;
    }

    public static async Task<int> RunAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (InventoryException e)
        {
            // The message quotes the inventory, which may hold control characters; they are shown escaped, never sent to the terminal.
            await Console.Error.WriteLineAsync($"error: {VisibleText.Escape(Secrets.Redact(e.Message))}");
            return 1;
        }
        catch (Exception e) when (e is LabException or AccessException or UsageException or RemoteException)
        {
            await Console.Error.WriteLineAsync($"error: {Secrets.Redact(e.Message)}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception e)
        {
            RunLog.Write(e.ToString());
            await Console.Error.WriteLineAsync($"error: {Secrets.Redact(e.Message)}\nThis is a bug in picluster; the details are in {RunLog.Path}");
            return 70;
        }
    }
}

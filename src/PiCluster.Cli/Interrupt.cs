namespace PiCluster.Cli;

/// <summary>The first Ctrl-C asks the work to stop cleanly (commands stopped on the Pis, connections closed, exit 130; the run log
/// says what was done); the second exits at once.</summary>
public sealed class Interrupt : IDisposable
{
    readonly CancellationTokenSource source = new();

    public Interrupt() => Console.CancelKeyPress += OnCancel;

    public CancellationToken Token => source.Token;

    void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        if (source.IsCancellationRequested)
        {
            Console.Error.WriteLine("\nstopped");
            Environment.Exit(130);
        }
        e.Cancel = true;
        TerminalStatus.ClearLine();
        Console.Error.WriteLine("\nstopping… (Ctrl-C again to quit at once)");
        source.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        source.Dispose();
    }
}

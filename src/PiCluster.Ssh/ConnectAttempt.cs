namespace PiCluster.Ssh;

/// <summary>What a connection in progress has opened, so that cancelling it from another thread closes everything.</summary>
sealed class ConnectAttempt
{
    readonly Lock gate = new();
    readonly List<IDisposable> opened = [];
    bool aborted;

    public bool Aborted
    {
        get
        {
            lock (gate)
            {
                return aborted;
            }
        }
    }

    public T Own<T>(T item) where T : IDisposable
    {
        lock (gate)
        {
            if (!aborted)
            {
                opened.Add(item);
                return item;
            }
        }
        item.Dispose();
        throw new OperationCanceledException();
    }

    /// <summary>The connection is up: what it opened now belongs to the shell.</summary>
    public void Succeed()
    {
        lock (gate)
        {
            opened.Clear();
        }
    }

    public void Abort()
    {
        List<IDisposable> toClose;
        lock (gate)
        {
            aborted = true;
            toClose = [.. opened];
            opened.Clear();
        }
        toClose.Reverse();
        foreach (var item in toClose)
            item.Dispose();
    }
}

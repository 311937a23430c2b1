namespace PiCluster.Ssh.Jump;

/// <summary>
/// SSH.NET's forwarded port holds a thread-pool thread in a blocking read for each open tunnel; fifty hosts behind one
/// jump host would starve the pool (it adds threads slowly). This raises the pool's minimum by one per open tunnel.
/// </summary>
static class PoolThreads
{
    static readonly Lock Gate = new();
    static int reserved;
    static int baseline = -1;

    public static void Reserve(int change)
    {
        lock (Gate)
        {
            ThreadPool.GetMinThreads(out var workers, out var io);
            if (baseline < 0)
                baseline = workers;
            reserved += change;
            ThreadPool.SetMinThreads(baseline + reserved, io);
        }
    }
}

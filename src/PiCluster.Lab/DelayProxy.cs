using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace PiCluster.Lab;

/// <summary>
/// Adds latency in front of a node's sshd: a TCP relay that holds every chunk for the given time in each
/// direction. Used because this machine's kernel has no netem.
/// </summary>
public static class DelayProxy
{
    public static async Task RunAsync(IPEndPoint listen, IPEndPoint target, TimeSpan delay, TimeSpan lifetime)
    {
        using var stop = new CancellationTokenSource(lifetime);
        var listener = new TcpListener(listen);
        listener.Start();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stop.Token);
                _ = RelayAsync(client, target, delay, stop.Token);
            }
        }
        catch (OperationCanceledException) { }
        finally { listener.Stop(); }
    }

    public static void Start(LabPaths paths, string node, string cliPath, IPEndPoint listen, IPEndPoint target, int delayMs)
    {
        LocalProcess.StartDetached(cliPath, ["lab", "delay-proxy", listen.ToString(), target.ToString(), delayMs.ToString(), "--pid-file", PidPath(paths, node)]);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!File.Exists(PidPath(paths, node)) && DateTime.UtcNow < deadline) Thread.Sleep(20);
        if (!File.Exists(PidPath(paths, node))) throw new LabException($"the delay proxy for {node} did not start");
        File.WriteAllText(MsFile(paths, node), delayMs.ToString());
    }

    public static async Task StopAsync(LabPaths paths, string node)
    {
        var file = PidPath(paths, node);
        if (PidFile.IsAlive(file)) await NodeProcesses.SignalAsync([PidFile.Read(file)!.Value], "KILL");
        File.Delete(file);
        File.Delete(MsFile(paths, node));
    }

    public static bool IsRunning(LabPaths paths, string node) => PidFile.IsAlive(PidPath(paths, node));

    public static int? DelayMs(LabPaths paths, string node) =>
        File.Exists(MsFile(paths, node)) && int.TryParse(File.ReadAllText(MsFile(paths, node)), out var ms) ? ms : null;

    static string MsFile(LabPaths paths, string node) => Path.Combine(paths.NodeDir(node), "delay-ms");

    static string PidPath(LabPaths paths, string node) => Path.Combine(paths.NodeDir(node), "delay-proxy.pid");

    static async Task RelayAsync(TcpClient client, IPEndPoint target, TimeSpan delay, CancellationToken ct)
    {
        using var _ = client;
        using var server = new TcpClient();
        try
        {
            await server.ConnectAsync(target, ct);
            await Task.WhenAny(PumpAsync(client.GetStream(), server.GetStream(), delay, ct), PumpAsync(server.GetStream(), client.GetStream(), delay, ct));
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException) { }
    }

    static async Task PumpAsync(Stream from, Stream to, TimeSpan delay, CancellationToken ct)
    {
        var queue = Channel.CreateUnbounded<(DateTime due, byte[] data)>();
        var writer = Task.Run(async () =>
        {
            await foreach (var (due, data) in queue.Reader.ReadAllAsync(ct))
            {
                var wait = due - DateTime.UtcNow;
                if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
                await to.WriteAsync(data, ct);
            }
            to.Close();
        }, ct);
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, ct)) > 0)
            await queue.Writer.WriteAsync((DateTime.UtcNow + delay, buffer[..read]), ct);
        queue.Writer.Complete();
        await writer;
    }
}

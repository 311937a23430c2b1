namespace PiCluster.Lab;

/// <summary>
/// Gives each lab on this machine its own 127.77.N.0/24, so labs (and parallel tests) never collide.
/// A claim is a file /run/picluster-lab/127.77.N holding the lab's folder.
/// </summary>
public static class NetworkClaim
{
    const string Registry = "/run/picluster-lab";

    public static string Claim(string labDir)
    {
        Directory.CreateDirectory(Registry);
        // Unclaimed is not enough: a process outside any lab (or left by one) may still listen there.
        var listening = TcpListeners.Now().Select(l => NetworkOf(l.Address.ToString())).ToHashSet();
        for (var n = 0; n < 256; n++)
        {
            var network = $"127.77.{n}";
            var file = Path.Combine(Registry, network);
            if (File.Exists(file) && !IsStale(file, network) || listening.Contains(network)) continue;
            File.Delete(file);
            // Written aside, then linked into place: a claim is never seen half-written, and link fails if taken.
            var temp = $"{file}.{Environment.ProcessId}";
            File.WriteAllText(temp, labDir);
            try
            {
                File.Move(temp, file, overwrite: false);
                return network;
            }
            catch (IOException) { File.Delete(temp); }
        }
        throw new LabException("all 256 lab networks 127.77.0-255 are taken or have listeners; run `picluster lab down --dir DIR` on labs you no longer need");
    }

    public static void Release(string labDir, string network)
    {
        var file = Path.Combine(Registry, network);
        if (File.Exists(file) && File.ReadAllText(file) == labDir) File.Delete(file);
    }

    static string NetworkOf(string address) => address[..address.LastIndexOf('.')];

    // A claim whose lab folder is gone, or now uses another network, is left from a crashed run.
    static bool IsStale(string file, string network)
    {
        var dir = File.ReadAllText(file);
        if (dir.Length == 0) return false;
        var paths = new LabPaths(dir);
        if (!File.Exists(paths.Settings)) return !Directory.Exists(paths.Dir) || (DateTime.UtcNow - File.GetLastWriteTimeUtc(file)) > TimeSpan.FromMinutes(1);
        try { return LabJson.ReadSettings(paths).Network != network; }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException) { return false; }
    }
}

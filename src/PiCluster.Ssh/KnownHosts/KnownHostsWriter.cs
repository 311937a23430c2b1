using System.Collections.Concurrent;
using PiCluster.Ssh.Keys;

namespace PiCluster.Ssh.KnownHosts;

/// <summary>Appends trusted keys in the form OpenSSH writes, once each even when many hosts are trusted at the same moment.</summary>
static class KnownHostsWriter
{
    const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    static readonly ConcurrentDictionary<string, Lock> Locks = new();

    public static void Append(string file, string hostName, PublicKey key)
    {
        var path = Path.GetFullPath(file);
        lock (Locks.GetOrAdd(path, _ => new Lock()))
        {
            var directory = Path.GetDirectoryName(path)!;
            if (!Directory.Exists(directory))
                CreatePrivateDirectory(directory);
            var existing = File.Exists(path) ? File.ReadAllText(path) : "";
            if (new KnownHostsSet(KnownHostsFile.Parse(path, existing)).Check(hostName, key).Status == HostKeyStatus.Known)
                return;
            var separator = existing.Length > 0 && !existing.EndsWith('\n') ? "\n" : "";
            using var stream = new FileStream(path, AppendPrivately());
            using var writer = new StreamWriter(stream);
            writer.Write($"{separator}{hostName} {key.OpenSshText}\n");
        }
    }

    // ssh refuses a ~/.ssh that others can write, and known_hosts tells who the operator talks to.
    static void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }
        Directory.CreateDirectory(directory, OwnerOnlyDirectory);
    }

    static FileStreamOptions AppendPrivately()
    {
        var options = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = OwnerOnlyFile;
        return options;
    }
}

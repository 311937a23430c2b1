using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PiCluster.Lab.Simulator.Hosting;

/// <summary>A JSON document that several simulator processes (one per node) read and update:
/// updates hold an exclusive flock on PATH.lock, writes replace the file atomically so readers need no lock.</summary>
public sealed class LockedJsonFile<T>(string path, JsonTypeInfo<T> type, Func<T> empty) where T : class
{
    public T Read()
    {
        if (!File.Exists(path))
            return empty();

        return JsonSerializer.Deserialize(File.ReadAllText(path), type) ?? empty();
    }

    public TResult Update<TResult>(Func<T, TResult> change)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var lockFile = Acquire(path + ".lock");
        var document = Read();
        var result = change(document);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(document, type));
        File.Move(temp, path, overwrite: true);
        return result;
    }

    static FileStream Acquire(string lockPath)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                // FileShare.None takes flock(LOCK_EX) on Unix, which other processes respect.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(5);
            }
        }
    }
}

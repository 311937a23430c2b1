namespace PiCluster.Tests.Fakes;

/// <summary>A folder of the test's own, removed afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("picluster-test-").FullName;

    /// <summary>Writes <paramref name="content"/> to NAME in the folder and returns its path.</summary>
    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

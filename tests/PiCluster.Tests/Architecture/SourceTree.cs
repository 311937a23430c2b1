namespace PiCluster.Tests.Architecture;

/// <summary>The repository this test assembly was built from: found by walking up to PiCluster.slnx.</summary>
static class SourceTree
{
    public static string Root { get; } = Find(AppContext.BaseDirectory);

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Every C# file under <paramref name="project"/> (src/NAME), build output left out, as (path inside the project, text).</summary>
    public static IEnumerable<(string Relative, string Text)> Sources(string project)
    {
        var root = Path("src", project);
        return Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(file => System.IO.Path.GetRelativePath(root, file))
            .Where(relative => !relative.StartsWith("bin/", StringComparison.Ordinal) && !relative.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(relative => (relative, File.ReadAllText(System.IO.Path.Combine(root, relative))));
    }

    static string Find(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PiCluster.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no PiCluster.slnx above {from}");
    }
}

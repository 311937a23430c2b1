namespace PiCluster.Lab.Tests;

/// <summary>Where the repository and its `./picluster` launcher are, found from the test binary.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Launcher => Path.Combine(Root, "picluster");

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "picluster")) && File.Exists(Path.Combine(dir.FullName, "PiCluster.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}

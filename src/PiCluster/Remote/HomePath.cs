namespace PiCluster.Remote;

/// <summary>`~` and `~/…` in a path from the inventory, read as the shell and ssh read them.</summary>
public static class HomePath
{
    public static string Expand(string path, string home) =>
        path == "~" ? home
        : path.StartsWith("~/", StringComparison.Ordinal) ? Path.Join(home, path[2..])
        : path;

    public static string Expand(string path) => Expand(path, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));
}

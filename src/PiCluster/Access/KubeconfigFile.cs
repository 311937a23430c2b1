namespace PiCluster.Access;

/// <summary>The kubeconfig file on this machine: found as kubectl finds it, replaced whole (a crash leaves the old or the new
/// file, never half of one), readable by its owner only, the previous one kept beside it.</summary>
public static class KubeconfigFile
{
    public const string BackupSuffix = ".picluster.bak";

    /// <summary>`$KUBECONFIG`'s first file, else ~/.kube/config.</summary>
    public static string DefaultPath()
    {
        var first = (Environment.GetEnvironmentVariable("KUBECONFIG") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var home = Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } set ? set : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.GetFullPath(first ?? Path.Combine(home, ".kube", "config"));
    }

    /// <summary>Refuses a file that exists and is no kubeconfig, naming its line.</summary>
    public static void Check(string path)
    {
        if (File.Exists(path)) Kubeconfigs.Parse(File.ReadAllText(path), path);
    }

    /// <summary>Replaces the file's text by <paramref name="change"/>'s answer to it; a file already so is left untouched.</summary>
    public static KubeconfigWrite Write(string path, Func<string, string> change)
    {
        // A kubeconfig that is a link (to a dotfiles repository, say) stays one: the file it points to is written.
        var target = File.Exists(path) && new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is { } linked ? linked.FullName : Path.GetFullPath(path);
        var exists = File.Exists(target);
        var before = exists ? File.ReadAllText(target) : "";
        var after = change(before);
        if (exists && after == before) return new(target, null, Changed: false);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        string? backup = null;
        if (exists)
        {
            backup = target + BackupSuffix;
            WriteWhole(backup, before);
        }
        WriteWhole(target, after);
        return new(target, backup, Changed: true);
    }

    static void WriteWhole(string path, string text)
    {
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(System.Text.Encoding.UTF8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}

using System.Diagnostics;

namespace PiCluster.Lab.Tests;

/// <summary>Where the repository and its `./picluster` launcher are, found from the test binary.</summary>
public static class Repo
{
    static readonly Lazy<string> Built = new(Build);

    public static string Root { get; } = FindRoot();

    /// <summary>The launcher, after one build of the native binaries if the sources changed: a build under a loaded
    /// machine can take minutes, which must not count against the first test's own time limits.</summary>
    public static string Launcher => Built.Value;

    /// <summary>A run of the launcher that Ctrl-C (SIGINT) can stop: a suite started in the background without job
    /// control inherits SIGINT ignored, and .NET keeps an inherited SIG_IGN, so `env` resets it first.</summary>
    public static ProcessStartInfo Interruptible(IEnumerable<string> args, string home) =>
        new("env", ["--default-signal=INT", Launcher, .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["HOME"] = home },
        };

    static string Build()
    {
        var launcher = Path.Combine(Root, "picluster");
        using var build = Process.Start(new ProcessStartInfo(launcher, ["--version"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var stderr = build.StandardError.ReadToEndAsync();
        build.StandardOutput.ReadToEnd();
        if (!build.WaitForExit(TimeSpan.FromMinutes(20)) || build.ExitCode != 0)
            throw new InvalidOperationException($"./picluster did not build: {stderr.Result}");
        return launcher;
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "picluster")) && File.Exists(Path.Combine(dir.FullName, "PiCluster.slnx")))
                return dir.FullName;
        }

        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }
}

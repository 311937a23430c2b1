namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>The commands a snap puts in /snap/bin: here, scripts that hand the call to this simulator on the same node.</summary>
public static class SnapShims
{
    public static void Write(Invocation invocation, string command, string program)
    {
        Directory.CreateDirectory(invocation.Files.SnapBin);
        var binary = Environment.ProcessPath ?? invocation.Paths.Simulator;
        var path = Path.Combine(invocation.Files.SnapBin, command);
        File.WriteAllText(path,
            $"#!/bin/sh\nexec {Quote(binary)} --lab {Quote(invocation.Paths.Dir)} --node {Quote(invocation.Node)} {program} \"$@\"\n");
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
    }

    public static void Delete(Invocation invocation, string command) =>
        File.Delete(Path.Combine(invocation.Files.SnapBin, command));

    /// <summary>$SNAP_DATA/current → the revision's folder, as snapd links it.</summary>
    public static void PointCurrent(string dir, string revision)
    {
        Directory.CreateDirectory(Path.Combine(dir, revision));
        var current = Path.Combine(dir, "current");
        if (File.Exists(current) || Directory.Exists(current) || new FileInfo(current).LinkTarget is not null)
            File.Delete(current);

        File.CreateSymbolicLink(current, revision);
    }

    static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";
}

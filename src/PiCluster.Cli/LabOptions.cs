using System.CommandLine;
using System.Runtime.Versioning;
using PiCluster.Lab;

namespace PiCluster.Cli;

/// <summary>Options every `lab` command shares.</summary>
[SupportedOSPlatform("linux")]
public static class LabOptions
{
    public const string DefaultDir = "/tmp/picluster-lab";

    public static Option<string> Dir() => new("--dir")
    {
        Description = $"the lab's folder (default {DefaultDir}, or $PICLUSTER_LAB_DIR)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("PICLUSTER_LAB_DIR") ?? DefaultDir,
    };

    public static Argument<string> Node() => new("node") { Description = "the node's name, e.g. pi-02" };

    public static LabPaths Paths(ParseResult parse, Option<string> dir) =>
        new(Path.TrimEndingDirectorySeparator(Path.GetFullPath(parse.GetValue(dir)!)));

    public static string CliPath => Environment.ProcessPath ?? throw new LabException("cannot tell where picluster itself is");

    public static LabSettings Settings(LabPaths paths) => File.Exists(paths.Settings)
        ? LabJson.ReadSettings(paths)
        : throw new LabException($"no lab in {paths.Dir}; start one with `picluster lab up --dir {paths.Dir}`");

    public static LabNode FindNode(LabSettings lab, string name) => lab.FindNode(name)
        ?? throw new LabException($"the lab has no node {name}; it has {string.Join(", ", lab.Nodes.Select(n => n.Name))}");
}

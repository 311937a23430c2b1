namespace PiCluster.Facts;

/// <summary>The first line of /boot/firmware/cmdline.txt (the firmware ignores the rest) and what it says about the memory cgroup.</summary>
public sealed record BootCmdline(string? Line)
{
    public static readonly string[] MemoryCgroupFlags = ["cgroup_enable=memory", "cgroup_memory=1"];

    public bool Exists => Line is not null;

    public bool HasMemoryCgroupFlags => Line is not null && MemoryCgroupFlags.All(Line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains);

    /// <summary>The line with whichever memory cgroup flags it lacks appended, keeping everything else as it is.</summary>
    public string WithMemoryCgroupFlags()
    {
        var words = (Line ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Concat(MemoryCgroupFlags.Where(flag => !words.Contains(flag))));
    }

    /// <summary>null when the file is missing; blank lines before the first are not possible on a Pi, so the first line is the line.</summary>
    public static BootCmdline Parse(string? text) => new(text?.Split('\n')[0].TrimEnd('\r'));
}

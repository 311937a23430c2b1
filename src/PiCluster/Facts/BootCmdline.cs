namespace PiCluster.Facts;

/// <summary>/boot/firmware/cmdline.txt: the firmware gives its first line to the kernel and ignores the rest.</summary>
public sealed record BootCmdline(string? Text)
{
    public static readonly string[] MemoryCgroupFlags = ["cgroup_enable=memory", "cgroup_memory=1"];

    /// <summary>The line of Ubuntu Server 24.04's Pi image, as flashed.</summary>
    public const string Ubuntu2404 = "console=serial0,115200 multipath=off dwc_otg.lpm_enable=0 console=tty1 root=LABEL=writable rootfstype=ext4 rootwait fixrtc";

    public bool Exists => Text is not null;

    public string? Line => Text is null ? null : Lines(Text)[0];

    public bool HasMemoryCgroupFlags => Line is not null && MemoryCgroupFlags.All(Words(Line).Contains);

    /// <summary>Why the Pi would not boot as it should from this file; null when it is one line that names the root filesystem.</summary>
    public string? Damage => Text is null ? null : ProblemOf(Text);

    /// <summary>The line with whichever memory cgroup flags it lacks appended, keeping everything else as it is.</summary>
    public string WithMemoryCgroupFlags()
    {
        var words = Words(Line ?? "");
        return string.Join(' ', words.Concat(MemoryCgroupFlags.Where(flag => !words.Contains(flag))));
    }

    /// <summary>The last check before cmdline.txt is written: null when <paramref name="replacement"/> is one line with
    /// root= that keeps every argument of <paramref name="original"/>.</summary>
    public static string? ReplacementProblem(string original, string replacement)
    {
        if (ProblemOf(replacement) is { } problem) return $"the new cmdline.txt would be wrong ({problem})";
        var lost = Words(original).Except(Words(replacement)).ToList();
        return lost.Count > 0 ? $"the new cmdline.txt would lose {string.Join(' ', lost)}" : null;
    }

    static string? ProblemOf(string text)
    {
        var lines = Lines(text);
        if (lines.Length > 1) return $"it has {lines.Length} lines, and the firmware gives the kernel only the first";
        return Words(lines[0]).Any(word => word.StartsWith("root=", StringComparison.Ordinal))
            ? null
            : "its line has no root=, so the kernel would not find the root filesystem";
    }

    /// <summary>The lines up to the last one that is not blank; at least one.</summary>
    static string[] Lines(string text)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
        var last = Array.FindLastIndex(lines, line => line.Trim().Length > 0);
        return lines[..Math.Max(last + 1, 1)];
    }

    static string[] Words(string line) => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
}

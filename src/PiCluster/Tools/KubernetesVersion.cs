namespace PiCluster.Tools;

/// <summary>Kubernetes versions as MicroK8s and kubelets print them: `v1.33.5`, `v1.22.3-3+9ec7c40ec93c73`.</summary>
public static class KubernetesVersion
{
    /// <summary>The minor a version belongs to (`1.33`), or null when the text is no Kubernetes version.</summary>
    public static Version? MinorOf(string? text)
    {
        var digits = new string((text ?? "").TrimStart('v').TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray());
        return digits.Split('.') is [var major, var minor, ..] && int.TryParse(major, out var a) && int.TryParse(minor, out var b) ? new Version(a, b) : null;
    }

    /// <summary>The track of a minor: `1.33`.</summary>
    public static string Track(Version minor) => $"{minor.Major}.{minor.Minor}";
}

using System.Text.RegularExpressions;

namespace PiCluster.Ansible.Config;

/// <summary>
/// A path from Ansible's configuration made absolute as Ansible's unfrackpath(follow=False) makes it: $VARIABLES and a
/// leading ~ expanded, then joined to a base folder when relative, then `.` and `..` resolved without following links.
/// </summary>
static partial class AnsiblePath
{
    public static string Resolve(string path, string baseFolder, IReadOnlyDictionary<string, string> environment, string home)
    {
        var expanded = ExpandHome(ExpandVariables(path, environment), home);
        var full = Path.GetFullPath(Path.IsPathRooted(expanded) ? expanded : Path.Join(baseFolder, expanded));
        return full.Length > 1 ? Path.TrimEndingDirectorySeparator(full) : full;
    }

    // Python's os.path.expandvars: $NAME and ${NAME}; a name that is not set stays as written.
    static string ExpandVariables(string path, IReadOnlyDictionary<string, string> environment) =>
        path.Contains('$', StringComparison.Ordinal)
            ? Variable().Replace(path, m => environment.TryGetValue(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, out var value) ? value : m.Value)
            : path;

    // Python's os.path.expanduser for ~ and ~/…; ~user/… is left as written.
    static string ExpandHome(string path, string home) =>
        path == "~" ? home
        : path.StartsWith("~/", StringComparison.Ordinal) ? home.TrimEnd('/') + path[1..]
        : path;

    [GeneratedRegex(@"\$(?:([A-Za-z0-9_]+)|\{([^}]*)\})")]
    private static partial Regex Variable();
}

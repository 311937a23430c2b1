namespace PiCluster.Lab.Simulator.Text;

/// <summary>Minimal GNU-style flag reading shared by the simulated CLIs: `--name value`, `--name=value`, `-n value`.</summary>
public sealed class Flags(IReadOnlyList<string> args)
{
    readonly List<string> rest = [.. args];

    public bool Has(params string[] names)
    {
        var found = false;
        foreach (var name in names)
        {
            while (rest.Remove(name))
                found = true;
        }

        return found;
    }

    /// <summary>Null when absent; "" when given as `--name` at the end with no value.</summary>
    public string? Value(params string[] names)
    {
        string? value = null;
        for (var i = 0; i < rest.Count; i++)
        {
            foreach (var name in names)
            {
                if (rest[i].StartsWith(name + "=", StringComparison.Ordinal))
                {
                    value = rest[i][(name.Length + 1)..];
                    rest.RemoveAt(i--);
                    break;
                }

                if (rest[i] == name)
                {
                    value = i + 1 < rest.Count ? rest[i + 1] : "";
                    rest.RemoveRange(i, Math.Min(2, rest.Count - i));
                    i--;
                    break;
                }
            }
        }

        return value;
    }

    public IReadOnlyList<string> Remaining => rest;

    public IReadOnlyList<string> Positional => rest.Where(a => !a.StartsWith('-')).ToList();

    public IReadOnlyList<string> Unknown => rest.Where(a => a.StartsWith('-')).ToList();
}

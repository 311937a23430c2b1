using System.Text.RegularExpressions;
using PiCluster.Ansible;

namespace PiCluster.Spec;

/// <summary>One entry of `microk8s_addons`: `dns`, `core/dns` or `metallb:10.0.0.240-10.0.0.250`, passed to `microk8s enable` as one word.</summary>
public sealed partial record AddonSpec(string Name, string? Arguments)
{
    /// <summary>Addons whose enable script reads a terminal when given no arguments, and so hangs or fails unattended.</summary>
    static readonly Dictionary<string, string> NeedArguments = new() { ["metallb"] = "metallb:10.0.0.240-10.0.0.250" };

    public string Text => Arguments is null ? Name : $"{Name}:{Arguments}";

    /// <summary>The name without its repository: what `microk8s status` lists.</summary>
    public string ShortName => Name.Split('/')[^1];

    /// <summary>Whether an addon `microk8s status` lists is this one: by name, and by repository when the inventory names one (`core/dns`).</summary>
    public bool Matches(string name, string repository) => name == ShortName && (!Name.Contains('/') || repository == Name.Split('/')[0]);

    public static AddonSpec Parse(string text, SourceSpot? where)
    {
        var parts = text.Split(':', 2);
        if (!AddonName().IsMatch(parts[0]))
        {
            throw new InventoryException(where, $"microk8s_addons: '{text}' does not start with an addon name",
                "Write each addon as name or name:arguments, e.g. dns or metallb:10.0.0.240-10.0.0.250");
        }

        var spec = new AddonSpec(parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null);
        if (spec.Arguments is null && NeedArguments.TryGetValue(spec.ShortName, out var example))
        {
            throw new InventoryException(where, $"microk8s_addons: {spec.Name} needs its arguments (without them it asks on a terminal and never finishes)",
                $"Write it with them, e.g. {example}");
        }

        return spec;
    }

    [GeneratedRegex("^([a-z0-9][a-z0-9-]*/)?[a-z0-9][a-z0-9-]*$")]
    private static partial Regex AddonName();
}

namespace PiCluster.Ansible;

/// <summary>
/// The most PiCluster reads, so that a hostile or broken inventory ends in a message rather than in exhausted memory or
/// stack. Each is far past any real inventory; docs/inventory.md lists them.
/// </summary>
public static class InventoryLimits
{
    /// <summary>Bytes of one file: a million hosts with an address each take about 50 MB.</summary>
    public const int FileBytes = 64 * 1024 * 1024;

    /// <summary>
    /// Levels of nesting: of YAML lists and mappings in a file, of brackets in an INI value (Python's own limit, past which
    /// Ansible keeps the value as text), and of groups within groups.
    /// </summary>
    public const int Nesting = 200;

    /// <summary>A file's values once its aliases are expanded: at most this many times the values written in it…</summary>
    public const int AliasGrowth = 10;

    /// <summary>…or this many, when that is more.</summary>
    public const int AliasValues = 1_000_000;

    /// <summary>Hosts one host entry makes with its ranges, as pi[001:100].</summary>
    public const int RangeHosts = 65_536;

    /// <summary>Lines of `inventory graph`, which repeats a group under each of its parents.</summary>
    public const int GraphLines = 10_000_000;
}

namespace PiCluster.Tests.Ansible;

/// <summary>Where the inventory fixtures are, as copied beside the test assembly.</summary>
static class TestData
{
    public static string Inventories { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "inventories");

    public static string Broken { get; } = Path.Combine(AppContext.BaseDirectory, "Data", "broken");

    public static string Inventory(string name) => Path.Combine(Inventories, name);

    public static string BrokenInventory(string name) => Path.Combine(Broken, name);
}

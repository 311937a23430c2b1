using PiCluster.Spec;
using PiCluster.Tests.Architecture;

namespace PiCluster.Tests.Spec;

public sealed class VariableTableTests
{
    [Fact]
    public void The_readme_lists_every_variable_as_the_table_in_code_says()
    {
        var readme = File.ReadAllText(SourceTree.Path("README.md"));

        Assert.True(readme.Contains(InventoryVariables.Table + "\n", StringComparison.Ordinal),
            $"README.md does not hold the variable table of src/PiCluster/Spec/InventoryVariables.cs; the table is:\n{InventoryVariables.Table}");
    }

    [Fact]
    public void Every_meaning_states_its_default_from_the_table()
    {
        var withDefault = InventoryVariables.All.Where(v => v.Default is not null && v.Name != "picluster_role");

        Assert.All(withDefault, v => Assert.Contains("{default}", v.Meaning));
    }
}

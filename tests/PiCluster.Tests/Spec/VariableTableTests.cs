using PiCluster.Spec;
using PiCluster.Tests.Architecture;

namespace PiCluster.Tests.Spec;

public sealed class VariableTableTests
{
    [Fact]
    public void The_variables_page_lists_every_variable_as_the_table_in_code_says()
    {
        var page = File.ReadAllText(SourceTree.Path("docs", "variables.md"));

        Assert.True(page.Contains(InventoryVariables.Table + "\n", StringComparison.Ordinal),
            $"docs/variables.md does not hold the variable table of src/PiCluster/Spec/InventoryVariables.cs; the table is:\n{InventoryVariables.Table}");
    }

    [Fact]
    public void Every_meaning_states_its_default_from_the_table()
    {
        var withDefault = InventoryVariables.All.Where(v => v.Default is not null && v.Name != "picluster_role");

        Assert.All(withDefault, v => Assert.Contains("{default}", v.Meaning));
    }
}

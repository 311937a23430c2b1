using PiCluster.Ansible;
using PiCluster.Spec;

namespace PiCluster.Tests.Spec;

public sealed class AddonSpecTests
{
    static readonly SourceSpot Where = new("inventory.yaml", 7, 24);

    [Theory]
    [InlineData("dns", "dns", null, "dns")]
    [InlineData("core/dns", "core/dns", null, "dns")]
    [InlineData("dns:1.1.1.1,8.8.8.8", "dns", "1.1.1.1,8.8.8.8", "dns")]
    [InlineData("dns:", "dns", null, "dns")]
    [InlineData("metallb:10.0.0.240-10.0.0.250", "metallb", "10.0.0.240-10.0.0.250", "metallb")]
    [InlineData("community/argocd", "community/argocd", null, "argocd")]
    [InlineData("hostpath-storage", "hostpath-storage", null, "hostpath-storage")]
    public void Reads_a_name_and_its_arguments(string text, string name, string? arguments, string shortName)
    {
        var spec = AddonSpec.Parse(text, Where);

        Assert.Equal((name, arguments, shortName), (spec.Name, spec.Arguments, spec.ShortName));
    }

    [Fact]
    public void Writes_back_as_microk8s_enable_takes_it()
    {
        Assert.Equal("metallb:10.0.0.240-10.0.0.250", AddonSpec.Parse("metallb:10.0.0.240-10.0.0.250", Where).Text);
        Assert.Equal("dns", AddonSpec.Parse("dns:", Where).Text);
    }

    [Theory]
    [InlineData("metallb")]
    [InlineData("metallb:")]
    [InlineData("core/metallb")]
    public void Refuses_metallb_without_a_range(string text)
    {
        var error = Assert.Throws<InventoryException>(() => AddonSpec.Parse(text, Where));

        Assert.Equal(
            $"inventory.yaml:7:24: microk8s_addons: {text.TrimEnd(':')} needs its arguments (without them it asks on a terminal and never finishes). "
            + "Write it with them, e.g. metallb:10.0.0.240-10.0.0.250",
            error.Message);
    }

    [Theory]
    [InlineData("DNS")]
    [InlineData("")]
    [InlineData(":1.1.1.1")]
    [InlineData("dns --upstream 1.1.1.1")]
    [InlineData("core/dns/extra")]
    public void Refuses_what_does_not_start_with_an_addon_name(string text)
    {
        var error = Assert.Throws<InventoryException>(() => AddonSpec.Parse(text, Where));

        Assert.Equal(
            $"inventory.yaml:7:24: microk8s_addons: '{text}' does not start with an addon name. "
            + "Write each addon as name or name:arguments, e.g. dns or metallb:10.0.0.240-10.0.0.250",
            error.Message);
    }

    [Theory]
    [InlineData("dns", "dns", "core", true)]
    [InlineData("dns", "dns", "community", true)]
    [InlineData("core/dns", "dns", "core", true)]
    [InlineData("community/dns", "dns", "core", false)]
    [InlineData("dns", "dnsmasq", "core", false)]
    public void Matches_a_listed_addon_by_name_and_by_repository_when_it_names_one(string text, string name, string repository, bool matches)
    {
        Assert.Equal(matches, AddonSpec.Parse(text, null).Matches(name, repository));
    }
}

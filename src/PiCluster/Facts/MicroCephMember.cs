using System.Text.Json.Serialization;

namespace PiCluster.Facts;

/// <summary>One row of `microceph cluster list`: name, address (ip:7443) and status (ONLINE, UNREACHABLE, NOT TRUSTED, NOT FOUND,
/// UPGRADING, NEEDS UPGRADE; a member that is down is UNREACHABLE: there is no OFFLINE).</summary>
public sealed record MicroCephMember(string Name, string Address, string Status)
{
    /// <summary>MicroCeph reached the member (microcluster's CheckReady answered).</summary>
    [JsonIgnore]
    public bool Online => Status == "ONLINE";
}

using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

public static class HostsFilePhase
{
    public static void Plan(HostPlanning host)
    {
        var current = host.Facts.EtcHosts;
        var wanted = HostsFile.Ensure(current, host.Addresses, host.Gone);
        host.Check(ReferenceEquals(wanted, current), "/etc/hosts lists every node", new WriteHostsFile(host.Name, wanted, Changes(current, host.Addresses, host.Gone)));
    }

    static List<string> Changes(string current, IReadOnlyDictionary<string, string> addresses, IReadOnlySet<string> gone)
    {
        var changes = HostsFile.Missing(current, addresses).Select(e => $"{e.Key} → {e.Value}").ToList();
        changes.AddRange(HostsFile.Listed(current, gone).Select(name => $"drop {name} (absent)"));
        var strays = HostsFile.Strays(current);
        if (strays > 0) changes.Add($"drop {strays} line{(strays > 1 ? "s" : "")} that {(strays > 1 ? "are" : "is")} not a host entry");
        return changes.Count > 0 ? changes : ["stray entries removed"];
    }
}

using System.CommandLine;

namespace PiCluster.Cli;

public static class LimitOption
{
    public static Option<string?> Create() => new("--limit", "-l")
    {
        Description = "an Ansible host pattern: a group, a host, a:b, edge:!pi-02, edge:&storage, pi-0*",
    };
}

using PiCluster.Facts;
using PiCluster.Steps;

namespace PiCluster.Planning.Phases;

/// <summary>Kubernetes needs the memory cgroup, which the Pi's kernel leaves off: the flags go on cmdline.txt's one line and
/// a reboot turns it on. A damaged cmdline.txt is restored from its backup first, or refused when there is none.</summary>
public static class MemoryCgroupPhase
{
    public static void Plan(HostPlanning host)
    {
        var (name, facts) = (host.Name, host.Facts);
        var cmdline = facts.Cmdline;
        var backup = facts.CmdlineBackup;
        if (cmdline.Damage is { } damage)
        {
            host.Add(backup.Exists && backup.Damage is null
                ? new AddCgroupFlags(name, backup.Line!, backup.WithMemoryCgroupFlags(), damage)
                : new Refuse(name, $"{AddCgroupFlags.Path} is damaged ({damage}) and there is no sound cmdline.txt.picluster.bak to restore it from: "
                    + $"write the Pi's kernel command line back as one line (Ubuntu 24.04 ships `{BootCmdline.Ubuntu2404}`), then re-run"));
        }
        else if (!facts.MemoryCgroupActive && !cmdline.HasMemoryCgroupFlags)
        {
            host.Add(cmdline.Exists
                ? new AddCgroupFlags(name, cmdline.Line!, cmdline.WithMemoryCgroupFlags())
                : new Refuse(name, $"there is no {AddCgroupFlags.Path} to turn the memory cgroup on in: flash Ubuntu Server 24.04 LTS for Raspberry Pi"));
        }

        host.Check(facts.MemoryCgroupActive, "memory cgroup is on", new RebootHost(name, facts.BootId, host.Host.Spec.RebootTimeout));
    }
}

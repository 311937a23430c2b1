using PiCluster.Steps;
using PiCluster.Tools;

namespace PiCluster.Planning.Phases;

/// <summary>Warns when files the probe read hold the become password as a line of its own, as a sudo that did not read the
/// password from its stdin once left it; the other phases rewrite those files.</summary>
public static class ExposedPasswordPhase
{
    public static void Plan(HostPlanning host)
    {
        if (host.Host.Target.BecomePassword is not { Length: > 0 } password) return;
        var facts = host.Facts;
        (string Path, string? Text)[] files = [(AddCgroupFlags.Path, facts.Cmdline.Text), (CloudInit.SettingsPath, facts.CloudInitSettings), ("/etc/hosts", facts.EtcHosts)];
        var exposed = files.Where(f => f.Text is not null && f.Text.Split('\n').Any(line => line.Trim() == password)).Select(f => f.Path).ToList();
        if (exposed.Count > 0)
        {
            host.Warn($"{host.Name}: the become password is written in {string.Join(", ", exposed)}, where other users of the Pi can read it: "
                + $"this run rewrites {(exposed.Count > 1 ? "them" : "it")} without it; change the password (sudo passwd {host.Host.Target.Connection.User})");
        }
    }
}

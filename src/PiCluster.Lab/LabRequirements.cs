namespace PiCluster.Lab;

/// <summary>What the lab needs from this machine, checked before anything is created.</summary>
public static class LabRequirements
{
    static readonly (string Path, string Package)[] Programs =
    [
        ("/usr/sbin/sshd", "openssh-server"), ("/usr/bin/ssh-keygen", "openssh-client"), ("/usr/bin/sudo", "sudo"),
        ("/usr/bin/unshare", "util-linux"), ("/usr/bin/nsenter", "util-linux"), ("/usr/bin/openssl", "openssl"),
    ];

    public static void Check()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            throw new LabException(
                "the lab needs root: each simulated Pi is a real sshd on port 22 of its own loopback address, in its own " +
                "UTS and mount namespaces (its own hostname, /etc, /boot/firmware, /snap), with a real `ubuntu` user and sudo. " +
                "Run it as root, e.g. `sudo ./picluster lab up`, or inside a throw-away VM or container.");
        }

        var missing = Programs.Where(p => !File.Exists(p.Path)).Select(p => p.Package).Distinct().ToList();
        if (!Directory.EnumerateFiles("/lib", "libnss_myhostname.so.2", SearchOption.AllDirectories).Any()) missing.Add("libnss-myhostname");
        if (missing.Count > 0)
            throw new LabException($"the lab needs these Debian/Ubuntu packages: apt-get install -y {string.Join(' ', missing)}");
    }
}

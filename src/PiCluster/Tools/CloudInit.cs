namespace PiCluster.Tools;

/// <summary>cloud-init on Ubuntu re-renders /etc/hosts at every boot when user-data says `manage_etc_hosts: true`
/// (Raspberry Pi Imager always does); this drop-in keeps it from undoing the hostname and /etc/hosts PiCluster sets.</summary>
public static class CloudInit
{
    public const string SettingsPath = "/etc/cloud/cloud.cfg.d/99-picluster.cfg";

    public const string Settings = """
        # Written by picluster: the hostname and /etc/hosts are kept by picluster, not by cloud-init.
        preserve_hostname: true
        manage_etc_hosts: false
        """;
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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

    /// <summary>Why cloud-init would ignore a drop-in with this text (its read_conf falls back to no settings when the
    /// YAML does not load as a mapping); null when it reads it.</summary>
    public static string? Unreadable(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlMappingNode
                ? null
                : "it is not a YAML mapping, so cloud-init ignores it";
        }
        catch (YamlException)
        {
            return "it does not parse as YAML, so cloud-init ignores it";
        }
    }
}

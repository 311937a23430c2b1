using System.Security.Cryptography;
using System.Text;

namespace PiCluster.Lab;

/// <summary>
/// A disk plugged into a simulated Pi, from `lab up --disk NODE:ID[,ALIAS…]:SIZE[:FLAG]`: ID is its /dev/disk/by-id name
/// (usb-… gets the USB bridge's `-0:0` suffix, as udev adds it), SIZE as on the label (250G = 250·10⁹ bytes).
/// Like a real disk it has more by-id names: without ALIAS a USB disk also gets a `wwn-0x5…` link (a SATA SSD behind a
/// bridge that passes its WWN through) and an NVMe disk a `nvme-eui.…` one; ALIASes replace those, `none` leaves only ID.
/// Flags: partitioned (one ext4 partition), data (a filesystem on the whole disk), mounted (a partition mounted
/// at /mnt/data), boot (the Pi boots from it: / and /boot/firmware on it, no SD card).
/// </summary>
public sealed record LabDisk(string Node, string Id, long Bytes, string Flag, IReadOnlyList<string>? Aliases = null)
{
    public static readonly string[] Flags = ["empty", "partitioned", "data", "mounted", "boot"];

    /// <summary>The prefixes udev gives by-id names (60-persistent-storage.rules), in the order they sort.</summary>
    static readonly string[] Buses = ["ata-", "nvme-", "scsi-", "usb-", "wwn-"];

    public string Transport => Id.StartsWith("nvme-", StringComparison.Ordinal) ? "nvme" : "usb";

    public string ById => Transport == "usb" ? Id + "-0:0" : Id;

    /// <summary>The disk's other by-id names: those given, or the one a real disk of its kind has, made from the node and ID.</summary>
    public IReadOnlyList<string> OtherIds => Aliases ?? [Transport == "usb" ? $"wwn-0x5{Hex(15)}" : $"nvme-eui.{Hex(16)}"];

    /// <summary>udev's ID_MODEL_ENC as lsblk decodes it: the name after the bus prefix, underscores as spaces.</summary>
    public string Model => Id[(Id.IndexOf('-') + 1)..].Replace('_', ' ');

    public static LabDisk Parse(string spec)
    {
        var parts = spec.Split(':');
        if (parts.Length is < 3 or > 4 || parts[0].Length == 0)
            throw new LabException($"--disk {spec}: expected NODE:ID[,ALIAS…]:SIZE[:FLAG], e.g. pi-01:usb-Samsung_SSD_870_250GB:250G:partitioned");
        var names = parts[1].Split(',');
        var id = names[0];
        if (!(id.StartsWith("usb-", StringComparison.Ordinal) || id.StartsWith("nvme-", StringComparison.Ordinal)) || !IsName(id))
        {
            throw new LabException($"--disk {spec}: the id must be a /dev/disk/by-id name starting with usb- or nvme- (letters, digits, - _ .)");
        }

        var aliases = names.Length == 1 ? null : names[1..] is ["none"] ? [] : names[1..];
        if (aliases?.FirstOrDefault(a => !Buses.Any(bus => a.StartsWith(bus, StringComparison.Ordinal)) || !IsName(a)) is { } bad)
        {
            throw new LabException($"--disk {spec}: alias {bad} must be a /dev/disk/by-id name starting with {string.Join(", ", Buses)} (letters, digits, - _ .), or `none` alone");
        }

        var flag = parts.Length == 4 ? parts[3] : "empty";
        if (!Flags.Contains(flag)) throw new LabException($"--disk {spec}: unknown flag {flag} (known: {string.Join(", ", Flags)})");
        return new LabDisk(parts[0], id, ParseSize(spec, parts[2]), flag, aliases);
    }

    static bool IsName(string name) =>
        name.Length >= 6 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    string Hex(int digits) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Node}:{Id}")))[..digits];

    static long ParseSize(string spec, string text)
    {
        var unit = text.Length > 0 ? char.ToUpperInvariant(text[^1]) : ' ';
        var factor = unit switch { 'M' => 1_000_000, 'G' => 1_000_000_000, 'T' => 1_000_000_000_000, _ => 0 };
        if (factor == 0 || !long.TryParse(text[..^1], out var number) || number < 1)
            throw new LabException($"--disk {spec}: size {text} is not a number with M, G or T (decimal, as on the label), e.g. 250G");
        return number * factor;
    }
}

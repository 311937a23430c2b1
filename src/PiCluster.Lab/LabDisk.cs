namespace PiCluster.Lab;

/// <summary>
/// A disk plugged into a simulated Pi, from `lab up --disk NODE:ID:SIZE[:FLAG]`: ID is its /dev/disk/by-id name
/// (usb-… gets the USB bridge's `-0:0` suffix, as udev adds it), SIZE as on the label (250G = 250·10⁹ bytes).
/// Flags: partitioned (one ext4 partition), data (a filesystem on the whole disk), mounted (a partition mounted
/// at /mnt/data), boot (the Pi boots from it: / and /boot/firmware on it, no SD card).
/// </summary>
public sealed record LabDisk(string Node, string Id, long Bytes, string Flag)
{
    public static readonly string[] Flags = ["empty", "partitioned", "data", "mounted", "boot"];

    public string Transport => Id.StartsWith("nvme-", StringComparison.Ordinal) ? "nvme" : "usb";

    public string ById => Transport == "usb" ? Id + "-0:0" : Id;

    /// <summary>udev's ID_MODEL_ENC as lsblk decodes it: the name after the bus prefix, underscores as spaces.</summary>
    public string Model => Id[(Id.IndexOf('-') + 1)..].Replace('_', ' ');

    public static LabDisk Parse(string spec)
    {
        var parts = spec.Split(':');
        if (parts.Length is < 3 or > 4 || parts[0].Length == 0)
            throw new LabException($"--disk {spec}: expected NODE:ID:SIZE[:FLAG], e.g. pi-01:usb-Samsung_SSD_870_250GB:250G:partitioned");
        var id = parts[1];
        if (!(id.StartsWith("usb-", StringComparison.Ordinal) || id.StartsWith("nvme-", StringComparison.Ordinal)) || id.Length < 6
            || id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new LabException($"--disk {spec}: the id must be a /dev/disk/by-id name starting with usb- or nvme- (letters, digits, - _ .)");
        }

        var flag = parts.Length == 4 ? parts[3] : "empty";
        if (!Flags.Contains(flag)) throw new LabException($"--disk {spec}: unknown flag {flag} (known: {string.Join(", ", Flags)})");
        return new LabDisk(parts[0], id, ParseSize(spec, parts[2]), flag);
    }

    static long ParseSize(string spec, string text)
    {
        var unit = text.Length > 0 ? char.ToUpperInvariant(text[^1]) : ' ';
        var factor = unit switch { 'M' => 1_000_000, 'G' => 1_000_000_000, 'T' => 1_000_000_000_000, _ => 0 };
        if (factor == 0 || !long.TryParse(text[..^1], out var number) || number < 1)
            throw new LabException($"--disk {spec}: size {text} is not a number with M, G or T (decimal, as on the label), e.g. 250G");
        return number * factor;
    }
}

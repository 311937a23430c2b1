using System.Formats.Tar;
using System.IO.Compression;

namespace PiCluster.Access;

/// <summary>What a `microk8s dbctl backup` archive holds: a gzip tar of one folder with an N.key and N.data file per key of the
/// datastore. One without any key is the empty backup MicroK8s has been known to write (canonical/microk8s#4259).</summary>
public sealed record BackupArchive(string Path, long Bytes, int Keys)
{
    public static BackupArchive Read(string path)
    {
        if (!File.Exists(path)) throw new AccessException($"{path}: no such file");
        var keys = 0;
        try
        {
            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
                if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && entry.Name.EndsWith(".key", StringComparison.Ordinal)) keys++;
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new AccessException($"{path} is not a datastore backup (a gzip tar from `microk8s dbctl backup`): {e.Message}");
        }
        return new(path, new FileInfo(path).Length, keys);
    }
}

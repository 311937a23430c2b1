using System.Formats.Tar;
using System.IO.Compression;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>The tarball dbctl.py writes with `tarfile.open(name, "w:gz")` and `tar.add(dir, arcname=NAME)`: the directory NAME/,
/// then its files in sorted name order (0.data, 0.key, 1.data, 1.key, 10.data, …), padded to tarfile's 10240-byte record, gzip -9.</summary>
public static class BackupArchive
{
    const int Record = 20 * 512;

    public static void Write(string path, string name, IReadOnlyList<byte[]> keys, IReadOnlyList<byte[]> values, Caller owner, DateTimeOffset now)
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Ustar, leaveOpen: true))
        {
            writer.WriteEntry(Entry(TarEntryType.Directory, name + "/", (UnixFileMode)0b111_000_000, owner, now));
            var files = Enumerable.Range(0, keys.Count)
                .SelectMany(i => new[] { ($"{i}.key", keys[i]), ($"{i}.data", values[i]) })
                .OrderBy(f => f.Item1, StringComparer.Ordinal);
            foreach (var (member, content) in files)
            {
                var entry = Entry(TarEntryType.RegularFile, $"{name}/{member}", (UnixFileMode)0b110_100_000, owner, now);
                entry.DataStream = new MemoryStream(content);
                writer.WriteEntry(entry);
            }
        }

        tar.SetLength((tar.Length + Record - 1) / Record * Record);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = (UnixFileMode)0b110_100_100 };
        using var file = new FileStream(path, options);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        tar.Position = 0;
        tar.CopyTo(gzip);
    }

    static UstarTarEntry Entry(TarEntryType type, string name, UnixFileMode mode, Caller owner, DateTimeOffset now) =>
        new(type, name)
        {
            Mode = mode,
            Uid = owner.Uid,
            Gid = owner.Uid,
            UserName = owner.UserName,
            GroupName = owner.UserName,
            ModificationTime = now,
        };
}

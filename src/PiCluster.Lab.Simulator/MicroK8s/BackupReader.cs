using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>Opens a backup the way `tarfile.open(file, "r:gz")` does: the files it holds by path, or the traceback Python dies with.</summary>
public static class BackupReader
{
    public static Dictionary<string, byte[]>? Read(string path, string shownAs, DbctlTraceback traceback, out string? failure)
    {
        failure = null;
        if (!File.Exists(path))
        {
            failure = traceback.Missing(shownAs);
            return null;
        }

        var raw = File.ReadAllBytes(path);
        if (raw.Length > 0 && (raw.Length < 2 || raw[0] != 0x1f || raw[1] != 0x8b))
        {
            failure = traceback.NotGzip(raw[..Math.Min(2, raw.Length)]);
            return null;
        }

        if (Gunzip(raw) is not { } tar)
        {
            failure = traceback.Corrupt();
            return null;
        }

        if (tar.Length < 512 || !IsEmptyBlock(tar) && HeaderProblem(tar) is not null)
        {
            var field = tar.Length < 512 ? "" : ChecksumField(tar);
            failure = traceback.NotTar(tar.Length, tar.Length >= 512 && IsOctal(field), field);
            return null;
        }

        return Files(tar);
    }

    /// <summary>Null for a corrupt or cut-short stream (gzip's trailer holds the length mod 2^32).</summary>
    static byte[]? Gunzip(byte[] raw)
    {
        if (raw.Length == 0)
            return [];

        try
        {
            using var gzip = new GZipStream(new MemoryStream(raw), CompressionMode.Decompress);
            using var tar = new MemoryStream();
            gzip.CopyTo(tar);
            var size = raw.Length >= 18 ? BitConverter.ToUInt32(raw, raw.Length - 4) : uint.MaxValue;
            return (uint)tar.Length == size ? tar.ToArray() : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    static bool IsEmptyBlock(byte[] tar) => tar.AsSpan(0, 512).IndexOfAnyExcept((byte)0) < 0;

    /// <summary>tarfile's frombuf: the checksum field must be octal and match the header's unsigned or signed byte sum.</summary>
    static string? HeaderProblem(byte[] tar)
    {
        var field = ChecksumField(tar);
        if (!IsOctal(field))
            return "invalid header";

        var stored = field.Trim().Length == 0 ? 0 : Convert.ToInt64(field.Trim(), 8);
        long unsigned = 256, signed = 256;
        for (var i = 0; i < 512; i++)
        {
            if (i is >= 148 and < 156)
                continue;
            unsigned += tar[i];
            signed += (sbyte)tar[i];
        }

        return stored == unsigned || stored == signed ? null : "bad checksum";
    }

    static string ChecksumField(byte[] tar)
    {
        var field = tar.AsSpan(148, 8);
        var end = field.IndexOf((byte)0);
        return Encoding.Latin1.GetString(end < 0 ? field : field[..end]).Trim();
    }

    static bool IsOctal(string field) => field.Trim().All(c => c is >= '0' and <= '7');

    /// <summary>Regular files by their path without a leading "./"; a broken header after the first ends the archive, as in tarfile.</summary>
    static Dictionary<string, byte[]> Files(byte[] tar)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var reader = new TarReader(new MemoryStream(tar));
            while (reader.GetNextEntry(copyData: true) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
                    continue;

                using var content = new MemoryStream();
                entry.DataStream.CopyTo(content);
                files[entry.Name.StartsWith("./", StringComparison.Ordinal) ? entry.Name[2..] : entry.Name] = content.ToArray();
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            // tarfile stops at the first unreadable header past the first one.
        }

        return files;
    }
}

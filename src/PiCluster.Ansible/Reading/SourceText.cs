using System.Text;

namespace PiCluster.Ansible.Reading;

/// <summary>
/// Reads an inventory or vars file: a regular file or a named pipe, of at most <see cref="InventoryLimits.FileBytes"/>;
/// a device, a socket, an unreadable or vault-encrypted file is an inventory problem.
/// </summary>
static class SourceText
{
    public static string Read(string file)
    {
        if (FileKind.Unreadable(file) is { } kind)
        {
            throw new InventoryException(null, $"{file} is {kind}, not a file",
                "Pass an inventory file (YAML or INI) or a folder of them; a named pipe, as from <(command), works too");
        }

        var (bytes, length) = ReadBytes(file);
        if (length > InventoryLimits.FileBytes)
        {
            throw new InventoryException(SpotOfByte(file, bytes, InventoryLimits.FileBytes),
                $"the file goes on past {InventoryLimits.FileBytes / (1024 * 1024)} MiB here, more than PiCluster reads from one inventory file",
                "Check that -i names the inventory; a larger one can be split into several files of a folder");
        }

        using var reader = new StreamReader(new MemoryStream(bytes, 0, length), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        if (text.StartsWith("$ANSIBLE_VAULT", StringComparison.Ordinal))
        {
            throw new InventoryException(new SourceSpot(file, 1, 1), "this file is encrypted with Ansible Vault, which PiCluster cannot read",
                "Decrypt it (ansible-vault decrypt) and keep it readable only by you, or leave secrets out and let PiCluster ask for them");
        }

        return text;
    }

    // One byte past the limit is read, so that a larger file, or an endless pipe, stops there.
    static (byte[] Bytes, int Length) ReadBytes(string file)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            var bytes = new byte[stream.CanSeek && stream.Length > 0 ? Math.Min(stream.Length, InventoryLimits.FileBytes) + 1 : 64 * 1024];
            var length = 0;
            while (length <= InventoryLimits.FileBytes)
            {
                if (length == bytes.Length)
                    Array.Resize(ref bytes, (int)Math.Min(2L * bytes.Length, InventoryLimits.FileBytes + 1L));
                var read = stream.Read(bytes, length, bytes.Length - length);
                if (read == 0)
                    break;
                length += read;
            }
            return (bytes, length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InventoryException(null, $"{file} cannot be read ({e.Message.TrimEnd('.')})", "Check that the file exists and that you may read it");
        }
    }

    static SourceSpot SpotOfByte(string file, byte[] bytes, int at)
    {
        var before = bytes.AsSpan(0, at);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new SourceSpot(file, before.Count((byte)'\n') + 1, at - lineStart + 1);
    }
}

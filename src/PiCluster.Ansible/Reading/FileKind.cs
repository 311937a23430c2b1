using System.Runtime.InteropServices;

namespace PiCluster.Ansible.Reading;

/// <summary>What kind of file a path names (following links), so that devices and sockets are refused before they are opened.</summary>
static partial class FileKind
{
    const int CurrentFolder = -100;
    const uint TypeOnly = 1;
    const int ModeOffset = 28;

    /// <summary>What the path is when it is neither a regular file nor a named pipe ("a character device"); null otherwise or when unknown.</summary>
    public static string? Unreadable(string path)
    {
        if (!OperatingSystem.IsLinux())
            return null;
        Span<byte> status = stackalloc byte[256];
        try
        {
            if (Statx(CurrentFolder, path, 0, TypeOnly, status) != 0)
                return null;
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than statx (glibc 2.28): the size limit still bounds what is read.
            return null;
        }

        return (BitConverter.ToUInt16(status[ModeOffset..]) & 0xF000) switch
        {
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            0x4000 => "a folder",
            _ => null,
        };
    }

    // statx rather than stat: its buffer has the same layout on every Linux architecture.
    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, Span<byte> status);
}

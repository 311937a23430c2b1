using System.Runtime.InteropServices;

namespace PiCluster.Lab.Simulator.Hosting;

static partial class Native
{
    /// <summary>Files are shared by root (sudo) and the login user, so nothing we create may be masked.</summary>
    public static void ClearUmask() => _ = umask(0);

    public static bool IsTerminal(int fd) => isatty(fd) == 1;

    [LibraryImport("libc", SetLastError = false)]
    private static partial uint umask(uint mask);

    [LibraryImport("libc", SetLastError = false)]
    private static partial int isatty(int fd);
}

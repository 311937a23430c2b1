namespace PiCluster.Lab;

/// <summary>The simulated Pis' users log in to programs inside the lab folder (sshd's ForceCommand), so every folder on its
/// path must let others enter it. The lab folder, and folders made for it, are opened up (`mktemp -d` makes one 0700); a
/// closed folder above it is not the lab's to change, so the lab refuses before it makes anything, naming that folder.</summary>
static class LabFolder
{
    const UnixFileMode Enter = UnixFileMode.OtherExecute | UnixFileMode.GroupExecute;

    public static void MakeReachable(string dir)
    {
        var folder = new DirectoryInfo(dir);
        var above = folder.Parent;
        while (above is not null && !above.Exists) above = above.Parent;
        for (var closed = above; closed is not null; closed = closed.Parent)
        {
            if ((closed.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                throw new LabException($"the simulated Pis' users could not reach the lab in {folder.FullName}: {closed.FullName} is mode "
                    + $"{Convert.ToString((int)closed.UnixFileMode, 8).PadLeft(4, '0')} (others may not enter it); use a folder elsewhere "
                    + $"(e.g. under /tmp), or `chmod o+x {closed.FullName}`");
            }
        }

        folder.Create();
        for (var made = folder; made is not null && made.FullName != above?.FullName; made = made.Parent)
        {
            made.Refresh();
            if ((made.UnixFileMode & Enter) != Enter) made.UnixFileMode |= Enter;
        }
    }
}

namespace PiCluster.Lab.Simulator.Certs;

/// <summary>refresh_certs.py's take_backup and undo_refresh: `cp -r` of certs/ and credentials/ to and from certs-backup/.</summary>
public static class CertsBackup
{
    public static void Take(NodeFiles files, int revision)
    {
        var backup = files.CertsBackup(revision);
        Copy(files.Certs, Path.Combine(backup, "certs"));
        Copy(files.Credentials, Path.Combine(backup, "credentials"));
    }

    /// <summary>False when there is no backup to restore.</summary>
    public static bool Restore(NodeFiles files, int revision)
    {
        var backup = files.CertsBackup(revision);
        if (!Directory.Exists(backup))
            return false;

        Copy(Path.Combine(backup, "certs"), files.Certs);
        Copy(Path.Combine(backup, "credentials"), files.Credentials);
        return true;
    }

    /// <summary>Like `cp -r FROM TO` onto an existing TO: files are overwritten, files only in TO stay.</summary>
    static void Copy(string from, string to)
    {
        if (!Directory.Exists(from))
            return;

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);

        foreach (var dir in Directory.GetDirectories(from))
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}

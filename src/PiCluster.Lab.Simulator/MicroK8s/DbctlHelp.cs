namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>What argparse prints for dbctl.py under the Python 3.8 of the core20-based snaps (1.32, 1.33): "optional arguments:".</summary>
public static class DbctlHelp
{
    public const string MainUsage = "usage: microk8s dbctl [-h] [--debug] {restore,backup} ...";

    public const string BackupUsage = "usage: microk8s dbctl backup [-h] [-o backup-file]";

    public const string RestoreUsage = "usage: microk8s dbctl restore [-h] backup-file";

    public const string Main = $$"""
        {{MainUsage}}

        backup and restore the Kubernetes datastore.

        optional arguments:
          -h, --help        show this help message and exit
          --debug           print debug output

        commands:
          {restore,backup}  backup and restore operations
        """;

    public const string Backup = $$"""
        {{BackupUsage}}

        optional arguments:
          -h, --help      show this help message and exit
          -o backup-file  output filename
        """;

    public const string Restore = $$"""
        {{RestoreUsage}}

        positional arguments:
          backup-file  name of file with the backup

        optional arguments:
          -h, --help   show this help message and exit
        """;
}

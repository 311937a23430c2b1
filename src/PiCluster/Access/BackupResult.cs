namespace PiCluster.Access;

/// <summary>A backup on this machine, the control plane it was taken on, and the older backups removed to keep the newest.</summary>
public sealed record BackupResult(BackupArchive Archive, string From, IReadOnlyList<string> Removed);

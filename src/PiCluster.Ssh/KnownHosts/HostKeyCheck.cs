namespace PiCluster.Ssh.KnownHosts;

/// <summary>What known_hosts says of a presented key; <see cref="Entry"/> is the line that decided it (the old key when it changed).</summary>
sealed record HostKeyCheck(HostKeyStatus Status, KnownHostEntry? Entry);

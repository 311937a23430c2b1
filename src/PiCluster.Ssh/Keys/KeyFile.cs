using Renci.SshNet;

namespace PiCluster.Ssh.Keys;

/// <summary>A private key file as loaded for the run: its public half when known, what signs with it, or why it cannot be used.</summary>
sealed record KeyFile(string Path, string Label, PublicKey? Public, IPrivateKeySource? Source, string? Problem);

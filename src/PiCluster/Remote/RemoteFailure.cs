namespace PiCluster.Remote;

/// <summary>Why a host could not be reached or a command could not finish, in the words a table shows.</summary>
public enum RemoteFailure
{
    Refused,
    Timeout,
    Unreachable,
    AuthFailed,
    HostKeyUnknown,
    HostKeyChanged,
    KeyUnusable,
    SudoNeedsPassword,
    SudoWrongPassword,
    Disconnected,
    CommandFailed,
    Cancelled,
    /// <summary>Another run is changing the host.</summary>
    Locked,
}

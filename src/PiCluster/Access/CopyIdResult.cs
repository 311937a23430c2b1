namespace PiCluster.Access;

public enum CopyIdResult
{
    /// <summary>The key already logs in; nothing was changed.</summary>
    AlreadyAuthorized,
    /// <summary>The key was appended to authorized_keys and now logs in.</summary>
    Installed,
    /// <summary>authorized_keys already had the key (a login with it was not possible to try).</summary>
    AlreadyPresent,
}

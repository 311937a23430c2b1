namespace PiCluster.Lab;

/// <summary>The sshd_config of one lab node: Ubuntu's defaults, plus what a lab on one machine needs.</summary>
public static class SshdConfig
{
    public static string Text(string address, int port, string nodeDir, bool passwordLogin) => $"""
        ListenAddress {address}:{port}
        HostKey {nodeDir}/ssh_host_ed25519_key
        PidFile {nodeDir}/sshd.pid
        PermitRootLogin no
        PasswordAuthentication {(passwordLogin ? "yes" : "no")}
        KbdInteractiveAuthentication no
        # No PAM: there is no systemd-logind here. Lab folders may sit below /tmp, which StrictModes refuses.
        UsePAM no
        StrictModes no
        # Tests open many connections from one address at once.
        MaxStartups 100:30:200
        X11Forwarding no
        PrintMotd no
        AcceptEnv LANG LC_*
        LogLevel VERBOSE
        ForceCommand {nodeDir}/exec-logged
        Subsystem sftp /usr/lib/openssh/sftp-server

        """;
}

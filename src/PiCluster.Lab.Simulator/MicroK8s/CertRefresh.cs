using PiCluster.Lab.Simulator.Snaps;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>refresh-certs' operations on this node: --check, --undo and --cert server.crt|front-proxy-client.crt.</summary>
public sealed class CertRefresh(MicroK8sContext context, Output output)
{
    static readonly (string File, string Name)[] Checked = [("ca.crt", "CA"), ("server.crt", "server"), (FrontProxyCert.Client, "front proxy client")];

    readonly NodeFiles files = context.Files;

    /// <summary>$SNAP_DATA is /var/snap/microk8s/REV, so the backup lives below the installed revision.</summary>
    int Revision => SnapdStore.Installed(context.Invocation.Paths, context.Node, "microk8s")?.Revision ?? 0;

    /// <summary>Whole days left, rounded down like Python's timedelta.days (negative once expired).</summary>
    public int Check()
    {
        foreach (var (file, name) in Checked)
        {
            if (!File.Exists(files.Cert(file)))
            {
                return output.Say(
                    $"Failed to get certificate info. Command '['/snap/microk8s/{Revision}/usr/bin/openssl', 'x509', '-enddate', '-noout', '-in', " +
                    $"'/var/snap/microk8s/{Revision}/certs/{file}']' returned non-zero exit status 1.", 4);
            }

            using var certificate = CertFiles.Load(files.Cert(file));
            var days = (int)Math.Floor((certificate.NotAfter.ToUniversalTime() - DateTime.UtcNow).TotalDays);
            output.Line($"The {name} certificate will expire in {days} days.");
        }

        return 0;
    }

    public int Undo()
    {
        if (!CertsBackup.Restore(files, Revision))
            return output.Say("No previous backup found", 1);

        output.Line("Restarting, please wait.");
        StartStopCommand.Run(context, "stop", output);
        StartStopCommand.Run(context, "start", output);
        return 0;
    }

    public int Refresh(string cert)
    {
        output.Line($"Taking a backup of the current certificates under /var/snap/microk8s/{Revision}/certs-backup/");
        CertsBackup.Take(files, Revision);
        output.Line("Creating new certificates");
        output.Error("Certificate request self-signature ok");
        if (cert == "server.crt")
        {
            File.Delete(files.ServerCert);
            output.Error(ServerCert.Renew(files, context.Self.Address).SubjectLine());
            RestartKubelite();
            output.Line("Restarting service cluster-agent.");
            return 0;
        }

        File.Delete(files.Cert(FrontProxyCert.Client));
        FrontProxyCert.Renew(files);
        output.Error("subject=CN = front-proxy-client");
        RestartKubelite();
        return 0;
    }

    /// <summary>snapctl restart microk8s.daemon-kubelite: the API server (and kubelet) are back after a start's delay.</summary>
    void RestartKubelite()
    {
        output.Line("Restarting service kubelite.");
        var readyAt = DateTimeOffset.UtcNow.AddMilliseconds(context.Delays.MicroK8sStartMs);
        context.Store.Update(state =>
        {
            if (state.Node(context.Node) is { } record)
                record.ReadyAt = readyAt;
        });
    }
}

namespace PiCluster.Lab.Simulator.Certs;

/// <summary>microk8s-resources/certs/csr.conf.template, and render_csr_conf (utils.sh), which turns it into csr.conf.</summary>
public static class CsrTemplate
{
    public const string Text =
        """
        [ req ]
        default_bits = 2048
        prompt = no
        default_md = sha256
        req_extensions = req_ext
        distinguished_name = dn

        [ dn ]
        C = GB
        ST = Canonical
        L = Canonical
        O = Canonical
        OU = Canonical
        CN = 127.0.0.1

        [ req_ext ]
        subjectAltName = @alt_names

        [ alt_names ]
        DNS.1 = kubernetes
        DNS.2 = kubernetes.default
        DNS.3 = kubernetes.default.svc
        DNS.4 = kubernetes.default.svc.cluster
        DNS.5 = kubernetes.default.svc.cluster.local
        IP.1 = 127.0.0.1
        IP.2 = 10.152.183.1
        #MOREIPS

        [ v3_ext ]
        authorityKeyIdentifier=keyid,issuer:always
        basicConstraints=CA:FALSE
        keyUsage=keyEncipherment,dataEncipherment,digitalSignature
        extendedKeyUsage=serverAuth,clientAuth
        subjectAltName=@alt_names

        """;

    /// <summary>#MOREIPS becomes one `IP.n = addr` line per host address, numbered from 3 and skipping every n for which a
    /// template line starts with `IP.n` (the script's `grep '^IP.n'`); a lone 127.0.0.1 or none just deletes it.</summary>
    public static string Render(string template, IReadOnlyList<string> addresses)
    {
        if (addresses is [] or ["127.0.0.1"] or ["none"])
            return template.Replace("#MOREIPS", "", StringComparison.Ordinal);

        var lines = template.Split('\n');
        var ips = new List<string>();
        var i = 3;
        foreach (var address in addresses)
        {
            var id = $"IP.{i++}";
            while (lines.Any(l => l.StartsWith(id, StringComparison.Ordinal)))
                id = $"IP.{i++}";

            ips.Add($"{id} = {address}");
        }

        return template.Replace("#MOREIPS", string.Join('\n', ips), StringComparison.Ordinal);
    }
}

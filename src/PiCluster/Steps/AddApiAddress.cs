using PiCluster.Facts;
using PiCluster.Tools;

namespace PiCluster.Steps;

/// <summary>Puts picluster_api_address into a control plane's API certificate: as an alt name of csr.conf.template (kept, so later
/// certificates have it too), then `refresh-certs --cert server.crt`, which restarts the API server there; the step ends when it
/// is ready again and the new certificate lists the address.</summary>
public sealed record AddApiAddress(string Host, string Address, TimeSpan ReadyTimeout) : HostStep(Host)
{
    public override string Describe() =>
        $"add {Address} to the API server certificate ({CsrTemplate.Path}, then refresh-certs --cert server.crt; the API server there restarts)";

    public override async Task<StepResult> ApplyAsync(StepContext context, CancellationToken ct)
    {
        var host = context[Host];
        var template = await host.QueryAsync($"cat {CsrTemplate.Path}", TimeSpan.FromSeconds(30), ct);
        if (!template.Succeeded) throw new StepException(host.Failed($"reading {CsrTemplate.Path}", template));
        var edited = CsrTemplate.WithAltName(template.StdOut, Address)
            ?? throw new StepException($"{CsrTemplate.Path} on {Host} has no #MOREIPS line to put {Address} by: restore it from the MicroK8s snap "
                + "(/snap/microk8s/current/certs/csr.conf.template) and re-run");
        if (edited != template.StdOut) await RemoteFile.WriteAsync(host, $"adding {Address} to {CsrTemplate.Path}", CsrTemplate.Path, edited, backup: true, ct);
        await host.RequireChangeAsync("refresh-certs --cert server.crt", MicroK8s.RefreshServerCert, TimeSpan.FromMinutes(5), ct);
        await new WaitForMicroK8s(Host, ReadyTimeout).ApplyAsync(context, ct);
        var names = await host.QueryAsync(MicroK8s.ServerCertNames, TimeSpan.FromSeconds(30), ct);
        if (ApiCertificate.Parse(names.StdOut) is not { } certificate || !certificate.Covers(Address))
            throw new StepException($"the new API certificate of {Host} still lacks {Address} (`{MicroK8s.ServerCertNames}`: {names.StdOut.Trim().Split('\n')[^1].Trim()})");
        return StepResult.Done;
    }
}

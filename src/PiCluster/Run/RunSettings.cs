using PiCluster.Ansible.Config;
using PiCluster.Remote;

namespace PiCluster.Run;

/// <summary>
/// The settings of a run that the command line, ANSIBLE_* variables and ansible.cfg give, settled in that order (then
/// PiCluster's defaults), as Ansible settles them. A host's inventory variables still win over <see cref="Connection"/>.
/// </summary>
public sealed record RunSettings
{
    public const int DefaultForks = 10;
    public const int DefaultTimeout = 10;

    public required int Forks { get; init; }
    public required bool TrustNewHosts { get; init; }
    public required bool AskBecomePass { get; init; }
    public required ConnectionDefaults Connection { get; init; }

    /// <summary>Where the configuration asks for something PiCluster does otherwise, each said once.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>From the options given on the command line (null, false: not given) and the configuration.</summary>
    public static RunSettings Resolve(int? forks, int? timeout, bool trustNewHosts, bool askBecomePass, AnsibleConfig config)
    {
        var warnings = new List<string>(config.Warnings);
        // Host keys are never left unchecked: Ansible's "no checking" becomes --trust-new-hosts, and a changed key is still refused.
        var noChecking = config.HostKeyChecking is { Value: false } setting ? setting : null;
        if (noChecking is not null)
            warnings.Add($"{noChecking.Source} is read as --trust-new-hosts: new host keys are accepted and recorded, a changed host key is still refused");
        if (config.BecomeUser is { Value: { Length: > 0 } user } becomeUser && user != "root")
            warnings.Add($"{becomeUser.Source} is ignored: PiCluster's commands need root, so sudo always runs them as root");
        return new RunSettings
        {
            Forks = forks ?? config.Forks?.Value ?? DefaultForks,
            TrustNewHosts = trustNewHosts || noChecking is not null,
            AskBecomePass = askBecomePass || config.BecomeAskPass is { Value: true },
            Connection = ConnectionDefaults.From(config, TimeSpan.FromSeconds(timeout ?? config.Timeout?.Value ?? DefaultTimeout)),
            Warnings = warnings,
        };
    }
}

using System.CommandLine;
using PiCluster.Ansible.Config;
using PiCluster.Run;
using PiCluster.Ssh;

namespace PiCluster.Cli;

/// <summary>The options every command that reaches hosts shares, and what they resolve to.</summary>
public sealed class HostOptions
{
    public Option<string?> Inventory { get; } = InventoryOption.Create();
    public Option<string?> Limit { get; } = LimitOption.Create();
    public Option<int?> Forks { get; } = new("--forks", "-f") { Description = "how many hosts to work on at once (default: ansible.cfg's forks, else 10)" };
    public Option<int?> Timeout { get; } = new("--timeout", "-T") { Description = "seconds to wait for a host to answer when connecting (default: ansible.cfg's timeout, else 10)" };
    public Option<bool> TrustNewHosts { get; } = new("--trust-new-hosts") { Description = "accept the host key of a host known_hosts does not list yet, and add it there (a changed key is always refused)" };
    public Option<bool> AskBecomePass { get; } = new("--ask-become-pass", "-K") { Description = "ask for the sudo password (else ansible_become_password, else sudo must not need one)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Inventory, Limit, Forks, Timeout, TrustNewHosts, AskBecomePass }) command.Options.Add(option);
    }

    /// <summary>Reads ansible.cfg and the inventory, selects the hosts, and works out how to reach each, before anything connects.</summary>
    public HostRun Resolve(ParseResult parse)
    {
        if (parse.GetValue(Forks) is < 1 and var forks) throw new UsageException($"--forks must be 1 or more, got {forks}");
        if (parse.GetValue(Timeout) is < 1 and var timeout) throw new UsageException($"--timeout must be 1 second or more, got {timeout}");
        var config = AnsibleConfig.Load();
        var settings = RunSettings.Resolve(parse.GetValue(Forks), parse.GetValue(Timeout), parse.GetValue(TrustNewHosts), parse.GetValue(AskBecomePass), config);
        foreach (var warning in settings.Warnings) Console.Error.WriteLine($"warning: {warning}");
        var becomePassword = settings.AskBecomePass ? AskBecomePassword(parse.GetValue(AskBecomePass) ? "-K" : config.BecomeAskPass!.Source) : null;
        var scope = RunScope.Resolve(InventoryOption.Sources(parse.GetValue(Inventory), config), parse.GetValue(Limit), settings.Forks, settings.Connection, becomePassword);
        foreach (var warning in scope.Inventory.Warnings.Concat(scope.Warnings)) Console.Error.WriteLine($"warning: {warning}");
        foreach (var target in scope.Everyone)
        {
            Secrets.Add(target.BecomePassword);
            Secrets.Add(target.Connection.Password);
        }
        RunLog.Write($"ansible.cfg: {config.File ?? "none"}");
        RunLog.Write($"inventory {scope.Inventory.Source}: {scope.Targets.Count} hosts selected ({string.Join(' ', scope.Targets.Select(t => t.Name))})");
        return new HostRun(scope, SshOptionsFor(settings));
    }

    static string AskBecomePassword(string askedBy) =>
        ConsolePrompt.Instance.Ask("BECOME password:")
        ?? throw new UsageException($"{askedBy} needs a terminal to ask for the sudo password; without one, set ansible_become_password (e.g. in a host_vars/ file only you can read)");

    static SshOptions SshOptionsFor(RunSettings settings) => new()
    {
        TrustNewHosts = settings.TrustNewHosts,
        Prompt = ConsolePrompt.Instance,
        Passphrase = Secrets.Add(Environment.GetEnvironmentVariable("PICLUSTER_SSH_PASSPHRASE")),
        AgentSocket = Environment.GetEnvironmentVariable("SSH_AUTH_SOCK"),
    };
}

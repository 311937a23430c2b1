using System.Net.Sockets;
using PiCluster.Ssh.Agent;
using Renci.SshNet;

namespace PiCluster.Ssh.Keys;

/// <summary>Decides what a connection offers: the named key files (or the default ones), then the agent's other keys, then the password.</summary>
sealed class Authentication(KeyFiles keys, SshAgent? agent)
{
    public AuthPlan For(SshEndpoint endpoint, IReadOnlyList<string> keyFiles, string? password)
    {
        var sources = new List<IPrivateKeySource>();
        var offered = new List<string>();
        var skipped = new List<string>();
        var agentKeys = AgentKeys(skipped);
        var named = keyFiles.Count > 0;
        foreach (var file in (named ? keyFiles : keys.Defaults()).Select(keys.Get))
        {
            var held = file.Public is null ? null : agentKeys.FirstOrDefault(k => k.Key.SameKey(file.Public.Blob));
            if (held is not null && AgentSigner.SourceFor(held, agent!) is { } fromAgent)
            {
                // The agent signs without asking for the file's passphrase.
                agentKeys.Remove(held);
                sources.Add(fromAgent);
                offered.Add($"{file.Label} (in ssh-agent)");
            }
            else if (file.Problem is null)
            {
                sources.Add(file.Source!);
                offered.Add(file.Label);
            }
            else if (named)
            {
                throw new KeyProblemException(file.Problem);
            }
            else
            {
                skipped.Add(file.Problem);
            }
        }
        foreach (var key in agentKeys)
        {
            if (AgentSigner.SourceFor(key, agent!) is { } source)
            {
                sources.Add(source);
                offered.Add(key.Label);
            }
        }
        if (sources.Count == 0 && password is null && skipped.Count > 0)
            throw new KeyProblemException(skipped[0]);
        return new AuthPlan(Methods(endpoint.User, sources, password), offered, skipped, password is not null);
    }

    List<AgentKey> AgentKeys(List<string> skipped)
    {
        if (agent is null)
            return [];
        try
        {
            return [.. agent.ListKeys()];
        }
        catch (Exception e) when (e is SocketException or IOException or KeyProblemException or FormatException)
        {
            skipped.Add($"the ssh-agent at {agent.Socket} did not answer ({e.Message}); start it, or unset SSH_AUTH_SOCK");
            return [];
        }
    }

    static List<AuthenticationMethod> Methods(string user, List<IPrivateKeySource> sources, string? password)
    {
        var methods = new List<AuthenticationMethod>();
        if (sources.Count > 0)
            methods.Add(new PrivateKeyAuthenticationMethod(user, [.. sources]));
        if (password is not null)
        {
            methods.Add(new PasswordAuthenticationMethod(user, password));
            var interactive = new KeyboardInteractiveAuthenticationMethod(user);
            interactive.AuthenticationPrompt += (_, e) =>
            {
                foreach (var prompt in e.Prompts)
                    prompt.Response = password;
            };
            methods.Add(interactive);
        }
        return methods;
    }
}

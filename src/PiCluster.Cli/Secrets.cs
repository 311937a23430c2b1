using System.Collections.Concurrent;

namespace PiCluster.Cli;

/// <summary>Every secret this run knows (passwords, passphrases), so that no output or log line can show one.</summary>
public static class Secrets
{
    const string Mask = "********";
    static readonly ConcurrentDictionary<string, byte> Known = new();

    public static string? Add(string? secret)
    {
        if (!string.IsNullOrEmpty(secret)) Known.TryAdd(secret, 0);
        return secret;
    }

    public static string Redact(string text) =>
        Known.Keys.OrderByDescending(s => s.Length).Aggregate(text, (current, secret) => current.Replace(secret, Mask, StringComparison.Ordinal));
}

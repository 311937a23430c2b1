using System.Buffers;

namespace PiCluster.Remote;

/// <summary>The one way a value reaches a remote command line: as a single POSIX `sh` word that the shell cannot reinterpret.</summary>
public static class ShellQuote
{
    static readonly SearchValues<char> Plain = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./:=@%+,");

    public static string Word(string value) =>
        value.Length > 0 && !value.AsSpan().ContainsAnyExcept(Plain)
            ? value
            : "'" + value.Replace("'", @"'\''", StringComparison.Ordinal) + "'";

    public static string Command(params IEnumerable<string> words) => string.Join(' ', words.Select(Word));
}

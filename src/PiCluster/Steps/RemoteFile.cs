using System.Security.Cryptography;
using System.Text;
using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>Replaces a file with content sent on stdin, so no value reaches a shell. What arrived is checked against
/// what was sent (size and SHA-256) before a rename makes the switch all at once; a mismatch changes nothing.</summary>
public static class RemoteFile
{
    /// <summary>The first original is kept once as PATH.picluster.bak when <paramref name="backup"/> is set.</summary>
    public static string ReplaceCommand(string path, string content, bool backup)
    {
        var file = ShellQuote.Word(path);
        var staged = ShellQuote.Word(path + ".picluster.new");
        var bytes = Encoding.UTF8.GetBytes(content);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var keep = backup ? $"[ -e {file}.picluster.bak ] || [ ! -e {file} ] || cp -p {file} {file}.picluster.bak; " : "";
        var check = $"[ \"$(wc -c < {staged})\" -eq {bytes.Length} ] && [ \"$(sha256sum < {staged})\" = '{sha256}  -' ] "
            + $"|| {{ rm -f {staged}; echo {ShellQuote.Word(path + ": what arrived differs from what was sent, so the file was left as it was")} >&2; exit 1; }}; ";
        return $"set -e; mkdir -p \"$(dirname {file})\"; {keep}cat > {staged}; {check}sync {staged}; mv {staged} {file}";
    }

    public static Task WriteAsync(RemoteHost host, string what, string path, string content, bool backup, CancellationToken ct) =>
        host.RequireChangeAsync(what, ReplaceCommand(path, content, backup), TimeSpan.FromSeconds(30), ct, content);
}

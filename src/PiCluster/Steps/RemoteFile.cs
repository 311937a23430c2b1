using PiCluster.Remote;

namespace PiCluster.Steps;

/// <summary>Replaces a file with content sent on stdin, so no value reaches a shell; a rename makes the switch all at once.</summary>
public static class RemoteFile
{
    /// <summary>The first original is kept once as PATH.picluster.bak when <paramref name="backup"/> is set.</summary>
    public static string ReplaceCommand(string path, bool backup)
    {
        var file = ShellQuote.Word(path);
        var keep = backup ? $"[ -e {file}.picluster.bak ] || [ ! -e {file} ] || cp -p {file} {file}.picluster.bak; " : "";
        return $"set -e; mkdir -p \"$(dirname {file})\"; {keep}cat > {file}.picluster.new; mv {file}.picluster.new {file}";
    }

    public static Task WriteAsync(RemoteHost host, string what, string path, string content, bool backup, CancellationToken ct) =>
        host.RequireChangeAsync(what, ReplaceCommand(path, backup), TimeSpan.FromSeconds(30), ct, content);
}

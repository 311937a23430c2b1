using System.Globalization;
using System.Security.Cryptography;

namespace PiCluster.Remote;

/// <summary>Copies a file between this machine and a host over the one command seam: in base64 chunks of a few MiB, so memory
/// stays bounded whatever the size, and checked end to end by size and SHA-256.</summary>
public static class RemoteTransfer
{
    const int BlockBytes = 1 << 20;
    const int ChunkBlocks = 8;
    static readonly TimeSpan ChunkTimeout = TimeSpan.FromMinutes(2);

    public static async Task DownloadAsync(RemoteHost host, string remotePath, string localPath, CancellationToken ct)
    {
        var file = ShellQuote.Word(remotePath);
        var (size, sha256) = await SizeAndHashAsync(host, file, ct);
        var part = localPath + ".part";
        try
        {
            await using (var local = File.Create(part))
            {
                for (long block = 0; block * BlockBytes < size; block += ChunkBlocks)
                {
                    var chunk = await host.QueryAsync($"dd if={file} bs={BlockBytes} skip={block} count={ChunkBlocks} status=none | base64 -w0", ChunkTimeout, ct);
                    if (!chunk.Succeeded) throw Failed(host, $"reading {remotePath}", chunk);
                    await local.WriteAsync(Convert.FromBase64String(chunk.StdOut.Trim()), ct);
                }
            }
            var arrived = await HashAsync(part, ct);
            if (new FileInfo(part).Length != size || arrived != sha256)
                throw new RemoteException(RemoteFailure.CommandFailed, $"{remotePath} from {host.Name} arrived different from what {host.Name} holds (size or SHA-256); try again");
            File.Move(part, localPath, overwrite: true);
        }
        finally
        {
            File.Delete(part);
        }
    }

    public static async Task UploadAsync(RemoteHost host, string localPath, string remotePath, CancellationToken ct)
    {
        var file = ShellQuote.Word(remotePath);
        var part = ShellQuote.Word(remotePath + ".part");
        await RequireAsync(host, $"preparing {remotePath}", $"umask 077 && : > {part}", ct);
        var buffer = new byte[BlockBytes * ChunkBlocks];
        await using (var local = File.OpenRead(localPath))
        {
            int read;
            while ((read = await local.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct)) > 0)
                await RequireAsync(host, $"sending {remotePath}", $"base64 -d >> {part}", ct, Convert.ToBase64String(buffer, 0, read));
        }
        var (size, sha256) = await SizeAndHashAsync(host, part, ct);
        if (size != new FileInfo(localPath).Length || sha256 != await HashAsync(localPath, ct))
        {
            await host.ChangeAsync($"rm -f {part}", ChunkTimeout, ct);
            throw new RemoteException(RemoteFailure.CommandFailed, $"{localPath} arrived on {host.Name} different from what was sent (size or SHA-256); try again");
        }
        await RequireAsync(host, $"placing {remotePath}", $"mv {part} {file}", ct);
    }

    static async Task<(long Size, string Sha256)> SizeAndHashAsync(RemoteHost host, string quotedPath, CancellationToken ct)
    {
        var result = await host.QueryAsync($"stat -c %s {quotedPath} && sha256sum {quotedPath}", ChunkTimeout, ct);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (!result.Succeeded || lines.Length < 2) throw Failed(host, $"reading {quotedPath}", result);
        return (long.Parse(lines[0].Trim(), CultureInfo.InvariantCulture), lines[1].Split(' ')[0]);
    }

    static async Task RequireAsync(RemoteHost host, string what, string command, CancellationToken ct, string? stdin = null)
    {
        var result = await host.ChangeAsync(command, ChunkTimeout, ct, stdin);
        if (!result.Succeeded) throw Failed(host, what, result);
    }

    static RemoteException Failed(RemoteHost host, string what, CommandResult result) =>
        new(RemoteFailure.CommandFailed, $"{what} on {host.Name} failed (exit {result.ExitCode?.ToString(CultureInfo.InvariantCulture) ?? "by signal"}): {result.FirstErrorLine}");

    static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}

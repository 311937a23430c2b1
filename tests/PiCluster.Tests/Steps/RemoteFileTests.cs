using PiCluster.Steps;
using PiCluster.Tests.Fakes;

namespace PiCluster.Tests.Steps;

public sealed class RemoteFileTests
{
    const string Line = "root=LABEL=writable rootwait\n";

    // printf 'root=LABEL=writable rootwait\n' | sha256sum
    const string LineSha256 = "5067d9a46a59a690643cee94afa24303ae5a48c69feab3c278d7c0de3259f575";

    [Fact]
    public void Keeps_the_first_original_once_checks_what_arrived_then_swaps_the_new_file_in_by_rename()
    {
        Assert.Equal(
            "set -e; mkdir -p \"$(dirname /boot/firmware/cmdline.txt)\"; "
            + "[ -e /boot/firmware/cmdline.txt.picluster.bak ] || [ ! -e /boot/firmware/cmdline.txt ] || cp -p /boot/firmware/cmdline.txt /boot/firmware/cmdline.txt.picluster.bak; "
            + "cat > /boot/firmware/cmdline.txt.picluster.new; "
            + $"[ \"$(wc -c < /boot/firmware/cmdline.txt.picluster.new)\" -eq 29 ] && [ \"$(sha256sum < /boot/firmware/cmdline.txt.picluster.new)\" = '{LineSha256}  -' ] "
            + "|| { rm -f /boot/firmware/cmdline.txt.picluster.new; echo '/boot/firmware/cmdline.txt: what arrived differs from what was sent, so the file was left as it was' >&2; exit 1; }; "
            + "sync /boot/firmware/cmdline.txt.picluster.new; mv /boot/firmware/cmdline.txt.picluster.new /boot/firmware/cmdline.txt",
            RemoteFile.ReplaceCommand("/boot/firmware/cmdline.txt", Line, backup: true));
    }

    [Fact]
    public void Writes_without_a_backup_when_none_is_asked_for()
    {
        var command = RemoteFile.ReplaceCommand("/etc/cloud/cloud.cfg.d/99-picluster.cfg", "a: 1\n", backup: false);

        Assert.StartsWith("set -e; mkdir -p \"$(dirname /etc/cloud/cloud.cfg.d/99-picluster.cfg)\"; cat > /etc/cloud/cloud.cfg.d/99-picluster.cfg.picluster.new; ", command);
        Assert.DoesNotContain(".picluster.bak", command);
    }

    [Fact]
    public void Quotes_a_path_with_spaces_as_one_word()
    {
        var command = RemoteFile.ReplaceCommand("/srv/my files/a;b", "x", backup: false);

        Assert.StartsWith("set -e; mkdir -p \"$(dirname '/srv/my files/a;b')\"; cat > '/srv/my files/a;b.picluster.new'; ", command);
        Assert.EndsWith("mv '/srv/my files/a;b.picluster.new' '/srv/my files/a;b'", command);
    }

    [Fact]
    public async Task A_write_puts_exactly_the_content_in_place_and_keeps_the_first_original()
    {
        using var dir = new TempDir();
        var path = dir.Write("cmdline.txt", "console=tty1 root=LABEL=writable\n");
        var shell = new LocalShell();

        var first = await shell.RunAsync(RemoteFile.ReplaceCommand(path, Line, backup: true), Line, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        var second = await shell.RunAsync(RemoteFile.ReplaceCommand(path, "second\n", backup: true), "second\n", TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(first.Succeeded && second.Succeeded, first.StdErr + second.StdErr);
        Assert.Equal("second\n", File.ReadAllText(path));
        Assert.Equal("console=tty1 root=LABEL=writable\n", File.ReadAllText(path + ".picluster.bak"));
        Assert.False(File.Exists(path + ".picluster.new"));
    }

    [Fact]
    public async Task Content_that_arrives_changed_leaves_the_file_as_it_was()
    {
        using var dir = new TempDir();
        var path = dir.Write("cmdline.txt", "console=tty1 root=LABEL=writable\n");

        // A password line in front of the content, as a sudo that did not read it would leave it.
        var result = await new LocalShell().RunAsync(RemoteFile.ReplaceCommand(path, Line, backup: true), "hunter2\n" + Line, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{path}: what arrived differs from what was sent, so the file was left as it was\n", result.StdErr);
        Assert.Equal("console=tty1 root=LABEL=writable\n", File.ReadAllText(path));
        Assert.False(File.Exists(path + ".picluster.new"));
    }
}

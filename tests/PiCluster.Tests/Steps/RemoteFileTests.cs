using PiCluster.Steps;

namespace PiCluster.Tests.Steps;

public sealed class RemoteFileTests
{
    [Fact]
    public void Keeps_the_first_original_once_then_swaps_the_new_file_in_by_rename()
    {
        Assert.Equal(
            "set -e; mkdir -p \"$(dirname /boot/firmware/cmdline.txt)\"; "
            + "[ -e /boot/firmware/cmdline.txt.picluster.bak ] || [ ! -e /boot/firmware/cmdline.txt ] || cp -p /boot/firmware/cmdline.txt /boot/firmware/cmdline.txt.picluster.bak; "
            + "cat > /boot/firmware/cmdline.txt.picluster.new; mv /boot/firmware/cmdline.txt.picluster.new /boot/firmware/cmdline.txt",
            RemoteFile.ReplaceCommand("/boot/firmware/cmdline.txt", backup: true));
    }

    [Fact]
    public void Writes_without_a_backup_when_none_is_asked_for()
    {
        Assert.Equal(
            "set -e; mkdir -p \"$(dirname /etc/cloud/cloud.cfg.d/99-picluster.cfg)\"; "
            + "cat > /etc/cloud/cloud.cfg.d/99-picluster.cfg.picluster.new; mv /etc/cloud/cloud.cfg.d/99-picluster.cfg.picluster.new /etc/cloud/cloud.cfg.d/99-picluster.cfg",
            RemoteFile.ReplaceCommand("/etc/cloud/cloud.cfg.d/99-picluster.cfg", backup: false));
    }

    [Fact]
    public void Quotes_a_path_with_spaces_as_one_word()
    {
        Assert.Equal(
            "set -e; mkdir -p \"$(dirname '/srv/my files/a;b')\"; cat > '/srv/my files/a;b'.picluster.new; mv '/srv/my files/a;b'.picluster.new '/srv/my files/a;b'",
            RemoteFile.ReplaceCommand("/srv/my files/a;b", backup: false));
    }
}

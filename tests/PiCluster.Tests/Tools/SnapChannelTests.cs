using PiCluster.Tools;

namespace PiCluster.Tests.Tools;

public sealed class SnapChannelTests
{
    [Theory]
    [InlineData("1.33", "1.33/stable")]
    [InlineData("1.33/stable", "1.33/stable")]
    [InlineData("edge", "latest/edge")]
    [InlineData("latest/stable", "latest/stable")]
    [InlineData("stable/hotfix", "latest/stable/hotfix")]
    [InlineData("squid/candidate/fix-1", "squid/candidate/fix-1")]
    public void A_channel_is_read_as_snapd_reads_it(string text, string channel) => Assert.Equal(channel, SnapChannel.Parse(text).ToString());

    [Fact]
    public void Channels_that_are_the_same_compare_equal_whatever_their_spelling() =>
        Assert.Equal(SnapChannel.Parse("1.33"), SnapChannel.Parse("1.33/stable"));

    [Theory]
    [InlineData("1.33/stable", "1.33")]
    [InlineData("1.9/edge", "1.9")]
    [InlineData("latest/stable", null)]
    [InlineData("1.33-strict/stable", null)]
    [InlineData("1.33.1/stable", null)]
    public void Only_a_major_minor_track_is_a_kubernetes_minor(string channel, string? minor) =>
        Assert.Equal(minor, SnapChannel.Parse(channel).Minor?.ToString());

    [Theory]
    [InlineData("v1.33.5", "1.33")]
    [InlineData("v1.22.3-3+9ec7c40ec93c73", "1.22")]
    [InlineData("1.35.0", "1.35")]
    [InlineData("", null)]
    [InlineData("vX", null)]
    public void A_kubelet_version_is_read_to_its_minor(string version, string? minor) =>
        Assert.Equal(minor, KubernetesVersion.MinorOf(version)?.ToString());

    [Theory]
    [InlineData("19.2.1+snap74c0060321", "squid")]
    [InlineData("20.2.0+snap6b2a7d13d1", "tentacle")]
    [InlineData("17.2.7+snap3d8aa02e8b", "quincy")]
    public void A_microceph_version_names_its_ceph_release(string version, string track) =>
        Assert.Equal(track, CephRelease.TrackAt(CephRelease.OrderOfVersion(version)!.Value));

    [Fact]
    public void Ceph_releases_are_in_order_and_unknown_tracks_have_none()
    {
        Assert.True(CephRelease.OrderOf("reef") < CephRelease.OrderOf("squid"));
        Assert.Null(CephRelease.OrderOf("latest"));
        Assert.Null(CephRelease.OrderOfVersion("21.0.0+snapabc"));
    }
}

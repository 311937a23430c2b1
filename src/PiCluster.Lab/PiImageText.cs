namespace PiCluster.Lab;

/// <summary>The bytes a freshly flashed Pi 4 with Ubuntu Server 24.04 shows (see pi-ubuntu-facts.md).</summary>
public static class PiImageText
{
    public const string CmdLine =
        "console=serial0,115200 multipath=off dwc_otg.lpm_enable=0 console=tty1 root=LABEL=writable rootfstype=ext4 rootwait fixrtc\n";

    /// <summary>What the firmware puts in front of cmdline.txt in /proc/cmdline, with serial0 rewritten.</summary>
    public const string FirmwareCmdLinePrefix =
        "coherent_pool=1M 8250.nr_uarts=1 snd_bcm2835.enable_headphones=0 snd_bcm2835.enable_hdmi=1 snd_bcm2835.enable_hdmi=0  vc_mem.mem_base=0x3ec00000 vc_mem.mem_size=0x40000000  ";

    public const string ConfigTxt = """
        [all]
        arm_64bit=1
        kernel=vmlinuz
        cmdline=cmdline.txt
        initramfs initrd.img followkernel
        dtparam=audio=on
        dtparam=i2c_arm=on
        dtparam=spi=on
        disable_overscan=1
        dtoverlay=vc4-kms-v3d
        disable_fw_kms_setup=1
        enable_uart=1
        camera_auto_detect=1
        display_auto_detect=1
        dtoverlay=dwc2

        [pi4]
        max_framebuffers=2
        arm_boost=1

        [all]

        """;

    public const string OsRelease = """
        PRETTY_NAME="Ubuntu 24.04.2 LTS"
        NAME="Ubuntu"
        VERSION_ID="24.04"
        VERSION="24.04.2 LTS (Noble Numbat)"
        VERSION_CODENAME=noble
        ID=ubuntu
        ID_LIKE=debian
        HOME_URL="https://www.ubuntu.com/"
        SUPPORT_URL="https://help.ubuntu.com/"
        BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
        PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
        UBUNTU_CODENAME=noble
        LOGO=ubuntu-logo

        """;

    public const string LsbRelease = """
        DISTRIB_ID=Ubuntu
        DISTRIB_RELEASE=24.04
        DISTRIB_CODENAME=noble
        DISTRIB_DESCRIPTION="Ubuntu 24.04.2 LTS"

        """;

    public const string Hosts = """
        127.0.0.1 localhost

        # The following lines are desirable for IPv6 capable hosts
        ::1 ip6-localhost ip6-loopback
        fe00::0 ip6-localnet
        ff00::0 ip6-mcastprefix
        ff02::1 ip6-allnodes
        ff02::2 ip6-allrouters

        """;

    public const string Sudoers = """
        Defaults	env_reset
        Defaults	mail_badpass
        Defaults	secure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin"
        Defaults	use_pty
        root	ALL=(ALL:ALL) ALL
        %admin ALL=(ALL) ALL
        %sudo	ALL=(ALL:ALL) ALL
        @includedir /etc/sudoers.d

        """;

    public static string Model => "Raspberry Pi 4 Model B Rev 1.4";

    public static string CpuInfo(int memoryGb, int index)
    {
        var core = """
            BogoMIPS	: 108.00
            Features	: fp asimd evtstrm crc32 cpuid
            CPU implementer	: 0x41
            CPU architecture: 8
            CPU variant	: 0x0
            CPU part	: 0xd08
            CPU revision	: 3

            """;
        var processors = string.Concat(Enumerable.Range(0, 4).Select(i => $"processor\t: {i}\n{core}\n"));
        var revision = memoryGb >= 8 ? "d03114" : "c03114";
        return processors + $"Hardware\t: BCM2835\nRevision\t: {revision}\nSerial\t\t: 10000000{index:x8}\nModel\t\t: {Model}\n";
    }

    public static string MemInfo(int memoryGb)
    {
        var totalKb = memoryGb >= 8 ? 7_998_716 : 3_882_396;
        return $"MemTotal:       {totalKb,8} kB\nMemFree:        {totalKb * 9 / 10,8} kB\nMemAvailable:   {totalKb * 19 / 20,8} kB\n" +
               "Buffers:           35812 kB\nCached:           402180 kB\nSwapCached:            0 kB\nSwapTotal:             0 kB\nSwapFree:              0 kB\n";
    }
}

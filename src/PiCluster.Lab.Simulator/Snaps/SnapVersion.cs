namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap version` on Ubuntu 24.04 for Raspberry Pi (tab-aligned like snapd).</summary>
public static class SnapVersion
{
    public static int Run(Output output)
    {
        output.Lines(TabTable.Render(
        [
            ["snap", "2.67.1+24.04"],
            ["snapd", "2.67.1+24.04"],
            ["series", "16"],
            ["ubuntu", "24.04"],
            ["kernel", "6.8.0-1028-raspi"],
            ["architecture", "arm64"],
        ], padding: 2));
        return 0;
    }
}

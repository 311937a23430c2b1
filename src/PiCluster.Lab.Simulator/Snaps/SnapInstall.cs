using PiCluster.Lab.Simulator.MicroCeph;
using PiCluster.Lab.Simulator.MicroK8s;

namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap install NAME... [--classic] [--channel=C]`.</summary>
public static class SnapInstall
{
    static string ClassicError(string name) =>
        $"error: This revision of snap \"{name}\" was published using classic confinement and thus may\n"
        + "perform arbitrary system changes outside of the security sandbox that snaps are\n"
        + "usually confined to, which may put your system at risk.\n"
        + "\n"
        + "If you understand and want to proceed repeat the command including --classic.";

    public static int Run(Invocation invocation, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var classic = flags.Has("--classic");
        var channelText = flags.Value("--channel") ?? RiskFlag(flags);
        var names = flags.Positional;
        if (names.Count == 0)
            return output.Fail("error: the required argument `<snap> (at least 1 argument)` was not provided");

        if (channelText is not null && names.Count > 1)
            return output.Fail("error: a single snap name is needed to specify channel flags");

        foreach (var name in names)
        {
            var code = InstallOne(invocation, name, classic, Channel.Parse(channelText ?? "latest/stable"), output);
            if (code != 0)
                return code;
        }

        return 0;
    }

    static int InstallOne(Invocation invocation, string name, bool classic, Channel channel, Output output)
    {
        if (SnapCatalogue.Find(name, invocation.Settings) is not { } definition)
        {
            return output.Fail($"error: snap \"{name}\" not found");
        }

        var store = SnapdStore.For(invocation.Paths, invocation.Node);
        if (store.Read().Find(name) is not null)
        {
            // snapd reports this as a non-error and leaves the tracked channel alone.
            output.Error($"snap \"{name}\" is already installed, see 'snap help refresh'");
            return 0;
        }

        if (definition.Find(channel) is not { } release)
        {
            return output.Fail($"error: snap \"{name}\" is not available on {channel} for this architecture (arm64)");
        }

        if (definition.Classic && !classic)
            return output.Fail(ClassicError(name));

        if (!definition.Classic && classic)
        {
            output.Error($"Warning: flag --classic ignored for strictly confined snap {name}");
        }

        Thread.Sleep(invocation.Delays.SnapInstallMs);
        var snap = new InstalledSnap(name, channel.ToString(), release.Version, release.Revision, definition.Classic);
        if (name == "microk8s")
            MicroK8sInstaller.Install(invocation, snap);
        else if (name == "microceph")
            MicroCephInstaller.Install(invocation, snap);

        store.Update(state => { state.Snaps.Add(snap); return 0; });

        output.Line(SnapCommand.Done(snap, "installed"));
        return 0;
    }

    internal static string? RiskFlag(Flags flags) =>
        SnapDefinition.Risks.FirstOrDefault(risk => flags.Has("--" + risk));
}

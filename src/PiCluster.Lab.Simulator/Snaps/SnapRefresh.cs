using PiCluster.Lab.Simulator.MicroK8s;

namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap refresh [NAME...] [--channel=C] [--hold[=DURATION]] [--unhold]`.</summary>
public static class SnapRefresh
{
    public static int Run(Invocation invocation, IReadOnlyList<string> args, Output output)
    {
        var flags = new Flags(args);
        var unhold = flags.Has("--unhold");
        var hold = flags.Has("--hold") ? "forever" : flags.Value("--hold");
        var channel = flags.Value("--channel") ?? SnapInstall.RiskFlag(flags);
        var names = flags.Positional;
        var store = SnapdStore.For(invocation.Paths, invocation.Node);
        if (names.FirstOrDefault(n => store.Read().Find(n) is null) is { } missing)
        {
            return output.Fail($"error: snap \"{missing}\" is not installed");
        }

        if (hold is not null)
            return SnapHold.Hold(store, names, hold, output);

        if (unhold)
            return SnapHold.Unhold(store, names, output);

        if (names.Count == 0)
            return output.Say("All snaps up to date.", 0);

        foreach (var name in names)
        {
            var code = RefreshOne(invocation, store, name, channel, output);
            if (code != 0)
                return code;
        }

        return 0;
    }

    static int RefreshOne(
        Invocation invocation, LockedJsonFile<SnapdState> store, string name, string? channelText, Output output)
    {
        var current = store.Read().Find(name)!;
        var channel = channelText is null ? Channel.Parse(current.Channel) : Channel.Parse(channelText);
        if (SnapCatalogue.Find(name, invocation.Settings)?.Find(channel) is not { } release)
        {
            return output.Fail($"error: snap \"{name}\" is not available on {channel} for this architecture (arm64)");
        }

        if (channel.ToString() == current.Channel && release.Revision == current.Revision)
        {
            output.Error($"snap \"{name}\" has no updates available");
            return 0;
        }

        Thread.Sleep(invocation.Delays.SnapInstallMs);
        var refreshed = current with
        {
            Channel = channel.ToString(),
            Version = release.Version,
            Revision = release.Revision,
            RefreshDate = DateTimeOffset.UtcNow,
        };
        store.Update(state => state.Snaps[state.Snaps.FindIndex(s => s.Name == name)] = refreshed);
        // A channel switch that keeps the revision is snapd's switch-snap-channel task: no service restarts.
        if (name == "microk8s" && refreshed.Revision != current.Revision)
            MicroK8sInstaller.Refresh(invocation, current, refreshed);

        output.Line(SnapCommand.Done(refreshed, "refreshed"));
        return 0;
    }
}

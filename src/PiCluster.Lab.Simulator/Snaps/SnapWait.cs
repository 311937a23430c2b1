namespace PiCluster.Lab.Simulator.Snaps;

/// <summary>`snap wait system seed.loaded`: the simulated device is always seeded (use the too-early fault otherwise).</summary>
public static class SnapWait
{
    public static int Run(IReadOnlyList<string> args, Output output) =>
        args is ["system", "seed.loaded"] ? 0
        : args.Count < 2 ? output.Fail("error: the required arguments `<snap>` and `<key>` were not provided")
        : output.Fail($"error: snap \"{args[0]}\" has no \"{args[1]}\" configuration option");
}

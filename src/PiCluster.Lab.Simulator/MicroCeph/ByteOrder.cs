namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>Orders byte strings such as IPv4 addresses lexicographically, the way Ceph compares monitor addresses.</summary>
public sealed class ByteOrder : IComparer<byte[]>
{
    public static ByteOrder Instance { get; } = new();

    public int Compare(byte[]? x, byte[]? y) => ((ReadOnlySpan<byte>)x).SequenceCompareTo(y);
}

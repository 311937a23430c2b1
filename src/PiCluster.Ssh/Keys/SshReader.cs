using System.Buffers.Binary;
using System.Text;

namespace PiCluster.Ssh.Keys;

/// <summary>Reads the SSH wire encoding (RFC 4251 §5): big-endian uint32s and length-prefixed strings.</summary>
sealed class SshReader(byte[] data, int start = 0)
{
    int position = start;

    public bool AtEnd => position >= data.Length;

    public byte ReadByte() => position < data.Length ? data[position++] : throw Truncated();

    public uint ReadUInt32()
    {
        if (data.Length - position < 4)
            throw Truncated();
        var value = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(position, 4));
        position += 4;
        return value;
    }

    public byte[] ReadBytes()
    {
        var length = ReadUInt32();
        if (length > data.Length - position)
            throw Truncated();
        var value = data.AsSpan(position, (int)length).ToArray();
        position += (int)length;
        return value;
    }

    public string ReadText() => Encoding.UTF8.GetString(ReadBytes());

    static FormatException Truncated() => new("the SSH data ends too early");
}

using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace PiCluster.Ssh.Keys;

/// <summary>Writes the SSH wire encoding (RFC 4251 §5).</summary>
sealed class SshWriter
{
    readonly ArrayBufferWriter<byte> buffer = new();

    public SshWriter Byte(byte value)
    {
        buffer.Write([value]);
        return this;
    }

    public SshWriter UInt32(uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
        return this;
    }

    public SshWriter Bytes(byte[] value)
    {
        UInt32((uint)value.Length);
        buffer.Write(value);
        return this;
    }

    public SshWriter Text(string value) => Bytes(Encoding.UTF8.GetBytes(value));

    public byte[] ToArray() => buffer.WrittenSpan.ToArray();
}

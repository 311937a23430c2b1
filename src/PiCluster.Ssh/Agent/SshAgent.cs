using System.Buffers.Binary;
using System.Net.Sockets;
using PiCluster.Ssh.Keys;

namespace PiCluster.Ssh.Agent;

/// <summary>A client of ssh-agent over its UNIX socket (draft-miller-ssh-agent): list keys, sign. One socket per request, so any thread may call.</summary>
sealed class SshAgent(string socketPath)
{
    public string Socket => socketPath;

    const byte Failure = 5, RequestIdentities = 11, IdentitiesAnswer = 12, SignRequest = 13, SignResponse = 14;

    public IReadOnlyList<AgentKey> ListKeys()
    {
        var reader = Request(new SshWriter().Byte(RequestIdentities).ToArray(), IdentitiesAnswer);
        var count = reader.ReadUInt32();
        var keys = new List<AgentKey>();
        for (var i = 0; i < count; i++)
            keys.Add(new AgentKey(PublicKey.FromBlob(reader.ReadBytes()), reader.ReadText()));
        return keys;
    }

    /// <summary>The signature blob (algorithm and signature) for <paramref name="data"/>; flags 2/4 ask for rsa-sha2-256/512.</summary>
    public byte[] Sign(AgentKey key, byte[] data, uint flags) =>
        Request(new SshWriter().Byte(SignRequest).Bytes(key.Key.Blob).Bytes(data).UInt32(flags).ToArray(), SignResponse).ReadBytes();

    SshReader Request(byte[] message, byte expected)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        // The agent may wait for a confirmation (ssh-add -c), but not forever.
        socket.ReceiveTimeout = 60_000;
        socket.Connect(new UnixDomainSocketEndPoint(socketPath));
        using var stream = new NetworkStream(socket);
        stream.Write(new SshWriter().Bytes(message).ToArray());
        var length = new byte[4];
        stream.ReadExactly(length);
        var reply = new byte[BinaryPrimitives.ReadUInt32BigEndian(length)];
        stream.ReadExactly(reply);
        if (reply.Length == 0 || reply[0] != expected)
        {
            throw new KeyProblemException(reply.Length > 0 && reply[0] == Failure
                ? $"ssh-agent at {socketPath} refused the request"
                : $"ssh-agent at {socketPath} gave an unexpected answer");
        }
        return new SshReader(reply, 1);
    }
}

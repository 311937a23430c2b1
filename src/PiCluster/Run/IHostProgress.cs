using PiCluster.Remote;

namespace PiCluster.Run;

/// <summary>Work done on many hosts at once, as it goes: shown live by the CLI.</summary>
public interface IHostProgress
{
    /// <summary>The work (a verb: "facts", "ping") begins on these hosts.</summary>
    void Started(string work, IReadOnlyList<string> hosts);

    /// <summary>One host's part ended: <paramref name="result"/> when it succeeded, else why it failed.</summary>
    void Finished(string host, RemoteFailure? failure, string result);

    void Ended();
}

using PiCluster.Planning;
using PiCluster.Steps;

namespace PiCluster.Run;

/// <summary>What a cluster run tells as it goes; the CLI shows it, the core never writes to the console.</summary>
public interface IRunEvents : IHostProgress
{
    /// <summary>The plan is made; for `up` the steps follow.</summary>
    void Planned(Plan plan);

    void Stepped(StepEvent done);

    /// <summary>A line for the run's log: every connection, command and change.</summary>
    void Log(string line);

    /// <summary>A value (a join token) that no output or log may show.</summary>
    void Secret(string value);
}

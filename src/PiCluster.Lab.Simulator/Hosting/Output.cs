namespace PiCluster.Lab.Simulator.Hosting;

/// The process's stdout and stderr; lines always end in "\n" like the real tools.
public sealed class Output(TextWriter stdout, TextWriter stderr)
{
    public void Line(string text = "") => Write(text + "\n");

    public void Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Line(line);
        }
    }

    public void Write(string text)
    {
        stdout.Write(text);
        stdout.Flush();
    }

    public void Error(string text)
    {
        stderr.Write(text + "\n");
        stderr.Flush();
    }

    /// Prints one line on stderr and returns the exit code, for `return output.Fail(...)`.
    public int Fail(string text, int exitCode = 1)
    {
        Error(text);
        return exitCode;
    }

    /// Prints one line on stdout and returns the exit code (MicroK8s prints most failures on stdout).
    public int Say(string text, int exitCode)
    {
        Line(text);
        return exitCode;
    }
}

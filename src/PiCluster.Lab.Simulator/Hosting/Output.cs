namespace PiCluster.Lab.Simulator.Hosting;

/// <summary>The process's stdout and stderr; lines always end in "\n" like the real tools.</summary>
public sealed class Output(TextWriter stdout, TextWriter stderr)
{
    public void Line(string text = "") => Write(text + "\n");

    public void Lines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
            Line(line);
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

    /// <summary>Prints one line on stderr and returns the exit code, for `return output.Fail(...)`.</summary>
    public int Fail(string text, int exitCode = 1)
    {
        Error(text);
        return exitCode;
    }

    /// <summary>Prints one line on stdout and returns the exit code (MicroK8s prints most failures on stdout).</summary>
    public int Say(string text, int exitCode)
    {
        Line(text);
        return exitCode;
    }
}

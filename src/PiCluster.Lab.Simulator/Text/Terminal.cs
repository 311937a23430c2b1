namespace PiCluster.Lab.Simulator.Text;

/// <summary>snapd prints unicode (✓, –) only when stdout is a terminal and the locale is UTF-8; over plain SSH it is "**".</summary>
public static class Terminal
{
    public static bool Unicode { get; } = Native.IsTerminal(1) && LocaleIsUtf8();

    public static string Verified(string publisher) => publisher + (Unicode ? "✓" : "**");

    public static bool StdinIsTerminal => Native.IsTerminal(0);

    static bool LocaleIsUtf8()
    {
        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG" })
        {
            var value = Environment.GetEnvironmentVariable(name);
            if (!string.IsNullOrEmpty(value))
            {
                return value.Contains("UTF-8", StringComparison.OrdinalIgnoreCase)
                    || value.Contains("utf8", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}

using System.Text;

namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>Python's repr() of a str or bytes, for exception messages: single quotes unless the text holds one and no double quote.</summary>
public static class PythonRepr
{
    public static string Str(string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var repr = new StringBuilder().Append(quote);
        foreach (var c in text)
        {
            repr.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ when c < ' ' || c == '\x7f' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }

        return repr.Append(quote).ToString();
    }

    public static string Bytes(byte[] bytes)
    {
        var quote = bytes.Contains((byte)'\'') && !bytes.Contains((byte)'"') ? '"' : '\'';
        var repr = new StringBuilder("b").Append(quote);
        foreach (var b in bytes)
        {
            repr.Append(b switch
            {
                (byte)'\\' => "\\\\",
                (byte)'\n' => "\\n",
                (byte)'\r' => "\\r",
                (byte)'\t' => "\\t",
                _ when b == quote => "\\" + (char)b,
                < 0x20 or >= 0x7f => $"\\x{b:x2}",
                _ => ((char)b).ToString(),
            });
        }

        return repr.Append(quote).ToString();
    }
}

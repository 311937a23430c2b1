namespace PiCluster.Lab.Simulator.Text;

/// <summary>Natural sort: runs of digits compare by value, so node-2 comes before node-10.</summary>
public sealed class NaturalOrder : IComparer<string>
{
    public static readonly NaturalOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        x ??= "";
        y ??= "";
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var a = Digits(x, ref i);
                var b = Digits(y, ref j);
                var byValue = a.TrimStart('0').Length != b.TrimStart('0').Length
                    ? a.TrimStart('0').Length.CompareTo(b.TrimStart('0').Length)
                    : string.CompareOrdinal(a.TrimStart('0'), b.TrimStart('0'));
                if (byValue != 0)
                    return byValue;

                continue;
            }

            if (x[i] != y[j])
                return x[i].CompareTo(y[j]);

            i++;
            j++;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }

    static string Digits(string text, ref int at)
    {
        var start = at;
        while (at < text.Length && char.IsAsciiDigit(text[at]))
            at++;

        return text[start..at];
    }
}

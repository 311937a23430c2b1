using System.Globalization;

namespace PiCluster.Bench.Chart;

/// <summary>One line of bench/run's results.tsv: the median wall time of one tool in one scenario.</summary>
public sealed record Result(string Scenario, int Pis, string Tool, int Runs, double Seconds)
{
    public static Result Parse(string line)
    {
        var f = line.Split('\t');
        return f.Length == 5
            ? new(f[0], int.Parse(f[1], CultureInfo.InvariantCulture), f[2], int.Parse(f[3], CultureInfo.InvariantCulture),
                double.Parse(f[4], CultureInfo.InvariantCulture))
            : throw new FormatException($"expected 5 tab-separated fields, found {f.Length}: {line}");
    }
}

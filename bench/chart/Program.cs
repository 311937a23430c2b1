using System.Globalization;
using PiCluster.Bench.Chart;
using ScottPlot;

// Wall time against Pis for both tools, cold build and no-op re-run, on a log scale (they span three decades).
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run --project bench/chart -- RESULTS.tsv OUT.png");
    return 2;
}

var results = File.ReadLines(args[0]).Skip(1).Where(l => l.Length > 0).Select(Result.Parse).ToList();
var plot = new Plot();
foreach (var (tool, color) in new[] { ("picluster", Colors.C0), ("ansible", Colors.C1) })
{
    // The cold builds were timed at 3 and 10 Pis; at 50 only the one build that the no-op ran on was.
    var cold = results.Where(r => r.Tool == tool && r.Scenario == "cold").ToList();
    cold.AddRange(results.Where(r => r.Tool == tool && r.Scenario == "build" && cold.All(c => c.Pis != r.Pis)));
    Add(plot, cold, $"{tool}, cold build", color, LinePattern.Solid, MarkerShape.FilledCircle);
    Add(plot, results.Where(r => r.Tool == tool && r.Scenario == "noop").ToList(), $"{tool}, no-op re-run", color, LinePattern.Dashed,
        MarkerShape.OpenSquare);
}

plot.Title("PiCluster vs the Ansible playbook on the lab (--forks 10)");
plot.XLabel("Pis");
plot.YLabel("wall time (s, log scale)");
var sizes = results.Where(r => r.Scenario is "cold" or "build" or "noop").Select(r => (double)r.Pis).Distinct().Order().ToArray();
plot.Axes.Bottom.SetTicks(sizes, [.. sizes.Select(x => x.ToString(CultureInfo.InvariantCulture))]);
plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
{
    MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
    IntegerTicksOnly = true,
    LabelFormatter = y => Math.Pow(10, y).ToString("0.###", CultureInfo.InvariantCulture),
};
plot.Grid.MinorLineColor = Colors.Black.WithOpacity(.05);
plot.Grid.MinorLineWidth = 1;
plot.ShowLegend(Alignment.LowerRight);
plot.SavePng(args[1], 900, 560);
Console.WriteLine($"wrote {args[1]}");
return 0;

static void Add(Plot plot, List<Result> points, string label, Color color, LinePattern pattern, MarkerShape marker)
{
    if (points.Count == 0) return;
    points.Sort((a, b) => a.Pis.CompareTo(b.Pis));
    var line = plot.Add.Scatter(points.Select(p => (double)p.Pis).ToArray(), points.Select(p => Math.Log10(p.Seconds)).ToArray());
    line.LegendText = label;
    line.Color = color;
    line.LinePattern = pattern;
    line.LineWidth = 2;
    line.MarkerShape = marker;
    line.MarkerSize = 9;
}

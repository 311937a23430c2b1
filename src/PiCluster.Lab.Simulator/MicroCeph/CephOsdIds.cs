namespace PiCluster.Lab.Simulator.MicroCeph;

/// <summary>OSD ids as `ceph osd ok-to-stop|safe-to-destroy` take them, `1` or `osd.1` (OSDMap::parse_osd_id_list).</summary>
public static class CephOsdIds
{
    /// <summary>The ids, or the error Ceph answers with (ENOENT for an OSD the map lacks).</summary>
    public static (IReadOnlyList<int> Ids, string? Error, int ExitCode) Parse(CephClusterRecord cluster, IReadOnlyList<string> words)
    {
        var ids = new List<int>();
        foreach (var word in words)
        {
            var number = word.StartsWith("osd.", StringComparison.Ordinal) ? word[4..] : word;
            if (!int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
                return ([], $"Error EINVAL: invalid osd id '{word}'", 22);

            if (cluster.Osds.All(o => o.Id != id))
                return ([], $"Error ENOENT: osd.{id} does not exist", 2);

            ids.Add(id);
        }

        return ids.Count == 0 ? ([], "Error EINVAL: must specify one or more OSDs", 22) : (ids.Distinct().Order().ToList(), null, 0);
    }
}

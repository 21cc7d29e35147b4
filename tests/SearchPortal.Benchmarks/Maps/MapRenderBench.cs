using System.Diagnostics;
using System.Globalization;
using System.Text;
using SearchPortal.Web.Maps;

namespace SearchPortal.Benchmarks.Maps;

/// <summary>
/// Times <see cref="MapSvg.Render"/> for the overview and Peru's departments, as the results page draws them (links,
/// one region selected) and as <c>/api/map</c> does (no links), and reports each SVG's size. Counts are
/// deterministic: every outlined region has articles, one dominates (the case the log scale is for), plus a few
/// regions without an outline. In-process, one render at a time, after a warm-up; allocation per render from
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>.
/// </summary>
internal static class MapRenderBench
{
    public static int Run(int iterations)
    {
        var atlas = MapAtlas.Load();
        var peru = atlas.DivisionsOf("Peru")!;
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"map render, {iterations:N0} renders each after {iterations / 10:N0} warm-up, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        report.AppendLine("| map | links | SVG bytes | gzip bytes | p50 µs | p95 µs | p99 µs | KB allocated / render |");
        report.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (name, level, selected) in new[] { ("overview", atlas.Overview, "Peru"), ("Peru", peru, "Peru/Madre de Dios") })
        {
            var counts = Counts(level);
            foreach (var links in new[] { true, false })
            {
                Func<string, string>? linkFor = links ? region => "/?q=mining&region=" + Uri.EscapeDataString(region) : null;
                var chosen = new HashSet<string> { selected };
                string Render() => MapSvg.Render(level, counts, MapText.English, linkFor, chosen);
                report.AppendLine(Measure(name, links, Render, iterations));
            }
        }
        Console.Write(report);
        return 0;
    }

    private static string Measure(string name, bool links, Func<string> render, int iterations)
    {
        for (var i = 0; i < iterations / 10; i++) render();
        var times = new double[iterations];
        var svg = "";
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            svg = render();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)iterations / 1024;
        Array.Sort(times);
        var bytes = Encoding.UTF8.GetByteCount(svg);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {(links ? "yes" : "no")} | {bytes:N0} | {Gzipped(svg):N0} | {Rank(times, 0.50):F0} | {Rank(times, 0.95):F0} | {Rank(times, 0.99):F0} | {allocated:F0} |");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Rank(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int Gzipped(string svg)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(svg));
        }
        return (int)buffer.Length;
    }

    /// <summary>Every outlined region 1–400 articles (a fixed seed), the first ×40, and three regions without an outline.</summary>
    private static Dictionary<string, int> Counts(MapLevel level)
    {
        var random = new Random(19);
        var counts = level.Regions.ToDictionary(r => r.Path, _ => random.Next(1, 400), StringComparer.Ordinal);
        counts[level.Regions[0].Path] *= 40;
        foreach (var extra in level.Country is null ? ["Barbados", "Saint Lucia", "Grenada"] : new[] { "Peru/Unknown A", "Peru/Unknown B", "Peru/Unknown C" })
        {
            counts[extra] = random.Next(1, 50);
        }
        return counts;
    }
}

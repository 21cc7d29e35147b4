using System.Globalization;
using System.Text;
using SearchPortal.Benchmarks.Engines.LuceneJava;
using SearchPortal.Benchmarks.Measure;

namespace SearchPortal.Benchmarks.Report;

/// <summary>
/// The report.md sections about the reference engine and the runtime: the portal against Lucene Java per class at
/// p50 and p99 with geometric means, the query-by-query agreement of hits and facet counts, and garbage collections
/// per 1,000 measured queries.
/// </summary>
internal static class ReportPeerSections
{
    private const int MaxListedMismatches = 40;

    public static void LuceneJava(StringBuilder md, BenchResults results)
    {
        const string peer = LuceneJavaPeer.Name;
        if (results.Engine(peer) is not { } java || results.Engine("portal") is not { } portal) return;
        md.AppendLine("## Portal vs Lucene Java");
        md.AppendLine();
        md.AppendLine("Lucene 8.8.1 (Debian's liblucene8-java) on the same enriched articles, with the same analysis, query trees and BM25(0.9, 0.4): " +
            "DrillSideways over SortedSetDocValuesFacetCounts, UnifiedHighlighter on the top 10, stored fields of the top 10, timed inside its JVM by the same protocol. " +
            "Ratio = portal / Lucene Java (above 1: Java is faster).");
        md.AppendLine();
        md.AppendLine("| class | portal p50 | java p50 | p50 ratio | portal p99 | java p99 | p99 ratio |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var c in results.Classes)
        {
            var (pm, jm) = (portal.Classes.GetValueOrDefault(c), java.Classes.GetValueOrDefault(c));
            md.AppendLine($"| {c} | {Ms(pm?.Latency.P50)} | {Ms(jm?.Latency.P50)} | {Ratio(results.Ratio(peer, c, l => l.P50))} | " +
                $"{Ms(pm?.Latency.P99)} | {Ms(jm?.Latency.P99)} | {Ratio(results.Ratio(peer, c, l => l.P99))} |");
        }
        var p50 = results.Classes.Select(c => results.Ratio(peer, c, l => l.P50)).OfType<double>().ToArray();
        md.AppendLine();
        md.AppendLine($"Geometric mean of the ratios: p50 **{Ratio(results.GeometricMeanRatio(peer, l => l.P50))}**, p99 **{Ratio(results.GeometricMeanRatio(peer, l => l.P99))}**; " +
            $"Lucene Java is faster at p50 in {p50.Count(r => r > 1)} of {p50.Length} classes.");
        md.AppendLine();
        Agreement(md, results, peer);
    }

    public static void StagesAgainstJava(StringBuilder md, BenchResults results)
    {
        if (results.Engine(LuceneJavaPeer.Name)?.Stages is not { } java || results.PortalStages.Count == 0) return;
        md.AppendLine("Stage split, portal / Lucene Java (p50 ms; Java's match counts every hit like the portal's, \"early\" is IndexSearcher.search's default, which may skip non-competitive hits after 1,000; rest = full − match − highlight ≈ filters + facets):");
        md.AppendLine();
        md.AppendLine("| class | parse | match top 10 | java match, early | highlight top 10 | rest | full |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (c, p) in results.PortalStages)
        {
            if (!java.TryGetValue(c, out var j)) continue;
            md.AppendLine($"| {c} | {p.ParseMs:N2} / {j.ParseMs:N2} | {p.MatchTop10Ms:N2} / {j.MatchTop10Ms:N2} | {j.MatchTop10EarlyMs:N2} | {p.HighlightTop10Ms:N2} / {j.HighlightTop10Ms:N2} | " +
                $"{Rest(p):N2} / {Rest(j):N2} | {p.FullSearchMs:N2} / {j.FullSearchMs:N2} |");
        }
        md.AppendLine();
    }

    public static void GarbageCollections(StringBuilder md, BenchResults results)
    {
        var engines = results.Engines.Where(e => e.Classes.Values.Any(m => m.Gc is not null)).ToArray();
        if (engines.Length == 0) return;
        var kinds = engines.Select(e => (Engine: e, Kinds: e.Classes.Values.Select(m => m.Gc).OfType<GcCounts>().SelectMany(g => g.Collections.Keys).Distinct().ToArray())).ToArray();
        md.AppendLine("## Garbage collections per 1,000 queries (measured passes)");
        md.AppendLine();
        md.AppendLine($"Counted around each class's measured passes: .NET `GC.CollectionCount` ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC; the web app runs server GC; a gen1 collection also counts as gen0, a gen2 as both), " +
            "the JVM's collector MXBeans (G1 young and old); KB/query = bytes the measuring thread allocated (`GC.GetAllocatedBytesForCurrentThread`, HotSpot's `getThreadAllocatedBytes`).");
        md.AppendLine();
        md.AppendLine("| class | " + string.Join(" | ", kinds.SelectMany(k => k.Kinds.Select(kind => $"{k.Engine.Name} {kind}").Append($"{k.Engine.Name} KB/query"))) + " |");
        md.AppendLine("|---|" + string.Concat(kinds.SelectMany(k => k.Kinds.Append("")).Select(_ => "---:|")));
        foreach (var c in results.Classes)
        {
            md.AppendLine($"| {c} | " + string.Join(" | ", kinds.SelectMany(k => Row(k.Engine.Classes.GetValueOrDefault(c)?.Gc, k.Kinds))) + " |");
        }
        md.AppendLine("| **whole mix** | " + string.Join(" | ", kinds.SelectMany(k => Row(GcCounts.Sum(k.Engine.Classes.Values.Select(m => m.Gc)), k.Kinds))) + " |");
        md.AppendLine();
    }

    private static void Agreement(StringBuilder md, BenchResults results, string peer)
    {
        md.AppendLine("### Agreement with the portal, query by query");
        md.AppendLine();
        if (PeerAgreement.Compare(results, peer) is not { } agreement)
        {
            md.AppendLine("Not compared: one of the engines has no per-query answers.");
            md.AppendLine();
            return;
        }
        md.AppendLine($"Totals agree on **{agreement.TotalsAgree} of {agreement.Queries}** mix queries; the facet listings (every value the portal lists, top 10 per level, with its count) on " +
            $"**{agreement.FacetsAgree} of {agreement.Queries}**. Top-10 ids in common: {agreement.AverageTopOverlap:P0} on average (context only: the two BM25s encode lengths differently, and browsing breaks date ties by doc id).");
        md.AppendLine();
        foreach (var line in agreement.Mismatches.Take(MaxListedMismatches)) md.AppendLine("- " + line);
        if (agreement.Mismatches.Count > MaxListedMismatches) md.AppendLine($"- … and {agreement.Mismatches.Count - MaxListedMismatches} more (report.json lists them all)");
        if (agreement.Mismatches.Count > 0) md.AppendLine();
    }

    private static double Rest(Engines.Portal.PortalStages s) => s.FullSearchMs - s.MatchTop10Ms - s.HighlightTop10Ms;

    private static IEnumerable<string> Row(GcCounts? gc, string[] kinds) =>
        kinds.Select(kind => PerThousand(gc, kind)).Append(gc?.AllocatedKbPerQuery is { } kb ? kb.ToString("N0", CultureInfo.InvariantCulture) : "–");

    private static string PerThousand(GcCounts? gc, string kind) => gc is null ? "–" : gc.PerThousand(kind).ToString("N1", CultureInfo.InvariantCulture);

    private static string Ms(double? value) => value is { } v ? v.ToString(v < 10 ? "N2" : "N1", CultureInfo.InvariantCulture) : "–";

    private static string Ratio(double? value) => value is { } v ? v.ToString("N2", CultureInfo.InvariantCulture) : "–";
}

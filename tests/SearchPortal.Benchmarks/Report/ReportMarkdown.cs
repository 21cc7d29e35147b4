using System.Globalization;
using System.Text;
using SearchPortal.Core.Facets;

namespace SearchPortal.Benchmarks.Report;

/// <summary>Writes report.md: the same figures as report.json, as tables a reader can check at a glance.</summary>
internal static class ReportMarkdown
{
    private static readonly string[] Peers = ["sqlite", "postgres", "lucene-java"];

    public static void Write(BenchResults results, string path)
    {
        var md = new StringBuilder();
        var s = results.Settings;
        md.AppendLine($"# SearchPortal benchmark: {s.Docs:N0} articles{(s.Quick ? " (quick)" : "")}");
        md.AppendLine();
        md.AppendLine($"Run {results.Started.UtcDateTime:yyyy-MM-dd HH:mm} UTC, {results.Elapsed.TotalMinutes:N1} min, {Environment.ProcessorCount} cores, .NET {Environment.Version}, seed {s.Seed}. " +
            $"Command: `dotnet run -c Release --project tests/SearchPortal.Benchmarks -- --docs {s.Docs}{(s.Quick ? " --quick" : "")} --peers {(s.Peers.Count == 0 ? "none" : string.Join(',', s.Peers))} --out …`. " +
            $"Load average at start / end: {results.LoadAtStart} / {results.LoadAtEnd} (other jobs on the machine inflate latencies).");
        md.AppendLine();
        foreach (var (name, reason) in results.Skipped) md.AppendLine($"**{name} failed and is left out:** {reason}").AppendLine();
        Corpus(md, results);
        Build(md, results);
        Latency(md, results);
        ReportPeerSections.LuceneJava(md, results);
        Stages(md, results);
        ReportPeerSections.GarbageCollections(md, results);
        Checks(md, results);
        Http(md, results);
        md.AppendLine("## Targets");
        md.AppendLine();
        md.AppendLine("Stated for 1M articles on 2 cores; at other sizes build and memory are shown but not judged.");
        md.AppendLine();
        md.AppendLine("| target | measured | status |");
        md.AppendLine("|---|---|---|");
        foreach (var t in Targets.Evaluate(results)) md.AppendLine($"| {t.Target} | {t.Measured} | **{t.Status}** |");
        File.WriteAllText(path, md.ToString());
    }

    private static void Corpus(StringBuilder md, BenchResults results)
    {
        var c = results.Corpus;
        md.AppendLine("## Corpus");
        md.AppendLine();
        md.AppendLine($"{c.Docs:N0} articles ({c.English:N0} English, {c.Spanish:N0} Spanish), {c.Bytes / 1e6:N0} MB of JSONL, generated in {c.GenerateSeconds:N1} s; {c.Outlets} outlets (Zipf). Sentences from:");
        md.AppendLine();
        foreach (var source in c.Sources) md.AppendLine($"- {source}");
        md.AppendLine();
        md.AppendLine("Query terms (document frequency in the first " + $"{c.Terms.Values.SelectMany(t => t).Select(t => t.SampledDocs).DefaultIfEmpty().Max():N0} articles): " +
            string.Join("; ", c.Terms.Select(b => $"{b.Key}: " + string.Join(", ", b.Value.Select(t => $"{t.Word} ({t.DocFreq:N0})")))));
        md.AppendLine();
    }

    private static void Build(StringBuilder md, BenchResults results)
    {
        md.AppendLine("## Build");
        md.AppendLine();
        md.AppendLine("| engine | build s | articles/s | peak RSS MB | size on disk MB | stages |");
        md.AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var e in results.Engines)
        {
            var stages = string.Join(", ", e.Build.Extras.Concat(e.Extras).Where(x => !x.Key.StartsWith("stage_", StringComparison.Ordinal)).Select(x => $"{x.Key} {x.Value:N1}"));
            md.AppendLine($"| {e.Name} | {e.Build.Seconds:N1} | {e.Build.Indexed / e.Build.Seconds:N0} | {e.PeakRssMb:N0} | {e.Build.IndexMb:N0} | {stages} |");
        }
        md.AppendLine();
        md.AppendLine("Peak RSS is the build process's VmHWM; for PostgreSQL it is the loader's VmHWM plus the server's peak summed PSS. " +
            "Every engine reads the JSONL and enriches it with the portal's reader and enricher, so that cost is in every build; " +
            "Lucene Java's build is the dump of the enriched articles (dump_s, a .NET child process) plus its JVM's indexing (index_s), one after the other.");
        md.AppendLine();
        BuildStages(md, results);
    }

    private static void BuildStages(StringBuilder md, BenchResults results)
    {
        const string prefix = "stage_", suffix = "_ms_per_article", write = "index_write", analysis = "analysis";
        var stages = (results.Engine("portal")?.Extras ?? new Dictionary<string, double>())
            .Where(x => x.Key.StartsWith(prefix, StringComparison.Ordinal) && x.Key.EndsWith(suffix, StringComparison.Ordinal))
            .ToDictionary(x => x.Key[prefix.Length..^suffix.Length], x => x.Value);
        if (stages.Count == 0) return;
        // The IndexWriter analyses every document itself: analysis is a part of index_write, not a stage to add.
        var total = stages.Where(x => x.Key != analysis).Sum(x => x.Value);
        var sample = results.Engine("portal")!.Extras.GetValueOrDefault("stage_sample_articles");
        md.AppendLine($"Portal build stages, single thread, on the first {sample:N0} articles (second pass, JIT warm):");
        md.AppendLine();
        md.AppendLine("| stage | ms per article | share |");
        md.AppendLine("|---|---:|---:|");
        foreach (var (name, ms) in stages.Where(x => x.Key != analysis))
        {
            md.AppendLine($"| {name} | {ms:N3} | {ms / total:P0} |");
            if (name == write && stages.TryGetValue(analysis, out var analysed)) md.AppendLine($"| ↳ of which {analysis} | {analysed:N3} | {analysed / ms:P0} of {write} |");
        }
        md.AppendLine($"| total | {total:N3} | |");
        md.AppendLine();
        md.AppendLine($"{write} = IndexWriter.AddDocument with IndexBuilder's writer settings, then a commit. The writer analyses every document itself; " +
            $"{analysis} (the same documents' indexed fields through the schema's analyzer, timed apart) shows how much of {write} that is, and is not added to the total.");
        md.AppendLine();
        md.AppendLine($"At {total:N2} ms of CPU per article (the total, analysis counted once inside {write}), 1M articles need {total * 1_000_000 / 1000 / Environment.ProcessorCount / 60:N1} min " +
            $"on {Environment.ProcessorCount} cores with perfect parallelism (target: 5 min).");
        md.AppendLine();
    }

    private static void Latency(StringBuilder md, BenchResults results)
    {
        var peers = Peers.Where(p => results.Engine(p) is not null).ToArray();
        md.AppendLine("## Query latency (ms, in-process, one query at a time, after warm-up)");
        md.AppendLine();
        md.AppendLine("Every query: top 10, all six facet dimensions counted over the matched set, snippets. Ratio = portal / peer at p50 (below 1: the portal is faster). Hits = average total per query.");
        md.AppendLine();
        md.Append("| class | portal p50 | p95 | p99 |");
        foreach (var p in peers) md.Append($" {p} p50 | {p} p99 | portal/{p} |");
        md.AppendLine(" hits portal / " + string.Join(" / ", peers) + " |");
        md.Append("|---|---:|---:|---:|");
        foreach (var _ in peers) md.Append("---:|---:|---:|");
        md.AppendLine("---|");
        var portal = results.Engine("portal");
        foreach (var c in results.Classes)
        {
            var m = portal?.Classes.GetValueOrDefault(c);
            md.Append($"| {c} | {Ms(m?.Latency.P50)} | {Ms(m?.Latency.P95)} | {Ms(m?.Latency.P99)} |");
            foreach (var p in peers)
            {
                var pm = results.Engine(p)!.Classes.GetValueOrDefault(c);
                md.Append($" {Ms(pm?.Latency.P50)} | {Ms(pm?.Latency.P99)} | {Ratio(results.Ratio(p, c, l => l.P50))} |");
            }
            md.AppendLine(" " + string.Join(" / ", results.Engines.Select(e => e.Classes.GetValueOrDefault(c)?.AverageTotal.ToString("N0", CultureInfo.InvariantCulture) ?? "–")) + " |");
        }
        md.AppendLine();
        if (portal is not null && portal.Classes.Values.Any(m => m.Error is null && m.FacetDimensions < FacetSchema.All.Count))
        {
            md.AppendLine($"**Note:** the portal returned as few as {portal.Classes.Values.Where(m => m.Error is null).Min(m => m.FacetDimensions)} of Core's {FacetSchema.All.Count} facet dimensions " +
                $"(snippets on {portal.Classes.Values.Where(m => m.Error is null).Average(m => m.HitsWithSnippets):N1} hits per query on average), so its figures may understate a full search.");
            md.AppendLine();
        }
    }

    private static void Stages(StringBuilder md, BenchResults results)
    {
        if (results.PortalStages.Count == 0) return;
        md.AppendLine("## Portal query stages (p50 ms)");
        md.AppendLine();
        md.AppendLine("parse = UserQueryParser; match = plain Lucene top 10 + stored fields (no filters, facets or snippets); highlight = PassageHighlighter on those 10 hits; full = ArticleSearcher.Search. full − match − highlight ≈ filters + facet counting.");
        md.AppendLine();
        md.AppendLine("| class | parse | match top 10 | highlight top 10 | full | full − match − highlight |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (c, st) in results.PortalStages)
        {
            md.AppendLine($"| {c} | {st.ParseMs:N3} | {st.MatchTop10Ms:N2} | {st.HighlightTop10Ms:N2} | {st.FullSearchMs:N2} | {st.FullSearchMs - st.MatchTop10Ms - st.HighlightTop10Ms:N2} |");
        }
        md.AppendLine();
        ReportPeerSections.StagesAgainstJava(md, results);
    }

    private static void Checks(StringBuilder md, BenchResults results)
    {
        md.AppendLine("## Result counts: expected vs found");
        md.AppendLine();
        md.AppendLine("Phrases: expected = articles whose text contains the phrase (case and accents folded); stemming engines (portal, PostgreSQL) also match inflected forms. Facets: expected = articles with a planted term or place; the filters count what an article is about (the default, `match=about`), and a crime or place planted once in one of 10–40 random sentences is mostly a mention rather than the article's focus, so found is below expected. Every engine indexes the same focus values, so their counts must agree.");
        md.AppendLine();
        var engines = results.Engines.Select(e => e.Name).ToArray();
        md.AppendLine("| check | expected | " + string.Join(" | ", engines) + " |");
        md.AppendLine("|---|---:|" + string.Concat(engines.Select(_ => "---:|")));
        foreach (var c in ResultChecks.Build(results))
        {
            md.AppendLine($"| {c.Name} | {c.Expected:N0} | " + string.Join(" | ", engines.Select(e => c.Found.TryGetValue(e, out var n) ? n.ToString("N0", CultureInfo.InvariantCulture) : "–")) + " |");
        }
        md.AppendLine();
    }

    private static void Http(StringBuilder md, BenchResults results)
    {
        md.AppendLine("## HTTP /api/search (wrk, query mix cycled)");
        md.AppendLine();
        if (results.Http.Runs.Count == 0)
        {
            md.AppendLine($"Skipped: {results.Http.Reason}");
            md.AppendLine();
            return;
        }
        md.AppendLine("| connections | req/s | p50 ms | p90 ms | p99 ms | non-2xx | socket errors |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results.Http.Runs) md.AppendLine($"| {r.Connections} | {r.RequestsPerSecond:N0} | {r.P50Ms:N1} | {r.P90Ms:N1} | {r.P99Ms:N1} | {r.Non2xx} | {r.SocketErrors} |");
        md.AppendLine();
        if (results.Http.Reason is not null) md.AppendLine(results.Http.Reason).AppendLine();
    }

    private static string Ms(double? value) => value is { } v ? v.ToString(v < 10 ? "N2" : "N1", CultureInfo.InvariantCulture) : "–";

    private static string Ratio(double? value) => value is { } v ? v.ToString("N2", CultureInfo.InvariantCulture) : "–";
}

using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchPortal.Benchmarks.Cli;
using SearchPortal.Core.Enrichment;

namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Writes N generated articles as JSONL (id, title, text, url, outlet, published, author, language) with
/// one <see cref="Random"/> seeded once, so the same seed and size always give the same bytes, and the
/// first articles are the same whatever the size. Tallies what was planted into the manifest.
/// </summary>
internal static class CorpusGenerator
{
    public const string JsonlName = "corpus.jsonl";
    public const string ManifestName = "manifest.json";

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The corpus folder for this size and seed, generated unless a matching one is already there.</summary>
    public static (string Jsonl, CorpusManifest Manifest) Ensure(string workDir, int docs, int seed, Action<string> log)
    {
        var folder = Path.Combine(workDir, $"corpus-{docs}-s{seed}");
        var jsonl = Path.Combine(folder, JsonlName);
        var manifestPath = Path.Combine(folder, ManifestName);
        if (File.Exists(manifestPath) && File.Exists(jsonl))
        {
            var cached = JsonSerializer.Deserialize<CorpusManifest>(File.ReadAllText(manifestPath), ManifestJson);
            if (cached is { Version: CorpusManifest.CurrentVersion } && cached.Docs == docs && new FileInfo(jsonl).Length == cached.Bytes)
            {
                log($"corpus: reusing {jsonl}");
                return (jsonl, cached);
            }
        }
        Directory.CreateDirectory(folder);
        var manifest = Generate(docs, seed, jsonl, log);
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest, ManifestJson));
        return (jsonl, manifest);
    }

    private static CorpusManifest Generate(int docs, int seed, string jsonl, Action<string> log)
    {
        var clock = Stopwatch.StartNew();
        var pools = TextSources.Load(seed);
        foreach (var source in pools.Values.SelectMany(p => p.Sources)) log("corpus: source " + source);
        var places = new PlaceCatalog(RepoPaths.PeruGazetteer, Path.Combine(Path.GetDirectoryName(RepoPaths.Outlets)!, "region-aliases.csv"));
        var outlets = new OutletCatalog(OutletCatalog.ReadRealOutlets(RepoPaths.Outlets), places.Departments, places.CountryNames);
        var factory = new ArticleFactory(pools, places, new CrimeCatalog(CrimeTaxonomy.LoadDefault()), outlets, new AuthorCatalog());
        var tally = new CorpusTally();
        var random = new Random(seed);
        using (var stream = new FileStream(jsonl, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            for (var i = 0; i < docs; i++)
            {
                var article = factory.Create(i, random);
                tally.Add(article);
                Write(writer, article);
                writer.Flush();
                writer.Reset();
                stream.WriteByte((byte)'\n');
                if ((i + 1) % 100_000 == 0) log($"corpus: {i + 1:N0} articles");
            }
        }
        var manifest = tally.ToManifest(docs, seed, new FileInfo(jsonl).Length, clock.Elapsed.TotalSeconds,
            pools.Values.SelectMany(p => p.Sources).ToArray(), outlets);
        log($"corpus: {docs:N0} articles, {manifest.Bytes / 1e6:N0} MB in {clock.Elapsed.TotalSeconds:N1} s");
        return manifest;
    }

    private static void Write(Utf8JsonWriter writer, GeneratedArticle article)
    {
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("title", article.Title);
        writer.WriteString("text", article.Text);
        writer.WriteString("url", article.Url);
        writer.WriteString("outlet", article.Outlet);
        writer.WriteString("published", article.Published.ToString("yyyy-MM-dd"));
        if (article.Author is null) writer.WriteNull("author");
        else writer.WriteString("author", article.Author);
        writer.WriteString("language", article.Language);
        writer.WriteEndObject();
    }
}

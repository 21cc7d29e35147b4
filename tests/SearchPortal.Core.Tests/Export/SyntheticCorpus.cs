using System.Globalization;
using Lucene.Net.Index;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Export;

/// <summary>
/// Deterministic small articles (varied outlets, authors, dates, undated ones, regions, crime types, and
/// a query word repeated 1–4 times so relevance scores tie often) and an index of them written straight
/// through <see cref="ArticleDocumentBuilder"/> with the build's commit data, without enrichment, so
/// large indexes build quickly.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Outlets = ["InSight Crime", "Diálogo", "El Comercio", "La República", "Ojo Público"];
    private static readonly string[] Authors = ["Marguerite Cawley", "Elyssa Pachico", "Jeanna Cullinan", "Eduardo Szklarz"];
    private static readonly string[] Regions = ["Peru/Loreto", "Peru/Madre de Dios", "Peru/Lima/Lima", "Colombia", "Bolivia"];
    private static readonly string[] Crimes = ["Human trafficking", "Illegal mining", "Drug trafficking", "Extortion"];

    public static Article Article(int i) => new()
    {
        Id = $"https://news.example.org/{i:D6}",
        Source = $"synthetic-{i:D6}",
        Title = $"Report {i} on {Crimes[i % Crimes.Length].ToLowerInvariant()} in {Regions[i % Regions.Length].Split('/')[^1]}",
        Text = $"Prosecutors in {Regions[i % Regions.Length].Split('/')[^1]} opened case {i} after a raid. " +
               string.Concat(Enumerable.Repeat("Police described the trafficking network in detail. ", i % 4 + 1)) +
               $"Officials said the investigation into {Crimes[(i + 1) % Crimes.Length].ToLowerInvariant()} continues, \"with more arrests\" & fines expected.",
        Url = i % 10 == 0 ? null : $"https://news.example.org/{i:D6}",
        Outlet = Outlets[i % Outlets.Length],
        Author = i % 6 == 0 ? null : Authors[i % Authors.Length],
        Published = i % 7 == 0 ? null : new DateOnly(2005 + i % 19, 1 + i % 12, 1 + i % 28),
        Language = i % 3 == 0 ? "es" : "en",
        Regions = [Regions[i % Regions.Length]],
        CrimeTypes = [Crimes[i % Crimes.Length], Crimes[(i + 1) % Crimes.Length]],
    };

    public static void Write(Lucene.Net.Store.Directory directory, int count)
    {
        var config = new IndexWriterConfig(LuceneDefaults.Version, ArticleSchema.CreateAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = ArticleSchema.Similarity,
            RAMBufferSizeMB = 64,
        };
        using var writer = new IndexWriter(directory, config);
        for (var i = 0; i < count; i++) writer.AddDocument(ArticleDocumentBuilder.Build(Article(i)));
        writer.SetCommitData(new Dictionary<string, string>
        {
            [ArticleSchema.SchemaVersionKey] = ArticleSchema.Version.ToString(CultureInfo.InvariantCulture),
            [ArticleSchema.BuiltAtKey] = DateTimeOffset.UtcNow.ToString("O"),
        });
        writer.Commit();
    }
}

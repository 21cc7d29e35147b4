using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Fixtures;

/// <summary>
/// An in-memory index of real articles in both languages, built once per test class through the
/// production pipeline: the five English seed pages, the Spanish Fake News Corpus items that have a
/// text (CC BY 4.0, see ../shared/data/news/SOURCES.md) and hand-written Spanish articles on illegal
/// mining, which that corpus lacks (TestData/expansion-es-mining.jsonl). About ten seconds.
/// </summary>
public sealed class MixedIndexFixture : IDisposable
{
    public static string SpanishNews => Path.Combine(TestPaths.News, "es-fakenews.jsonl");

    public static string SpanishMining => TestPaths.TestData("expansion-es-mining.jsonl");

    public MixedIndexFixture()
    {
        Directory = new RAMDirectory();
        var builder = TestIndexes.Builder();
        foreach (var input in new[] { TestPaths.Seeds, SpanishNews, SpanishMining }) builder.Build(input, Directory, new BuildOptions());
        Snapshots = new IndexSnapshots(Directory);
        SpanishArticles = new[] { SpanishNews, SpanishMining }
            .SelectMany(file => new InputReader().Read(file, _ => { }))
            .GroupBy(article => article.Id)
            .Select(duplicates => duplicates.Last())
            .ToList();
    }

    public RAMDirectory Directory { get; }
    public IndexSnapshots Snapshots { get; }
    public ArticleSearcher Searcher { get; } = new();

    /// <summary>The Spanish articles as ingested (the later of two records with one id wins, as in the index).</summary>
    public IReadOnlyList<Article> SpanishArticles { get; }

    public SearchResponse Search(string query, bool expand = true) =>
        Searcher.Search(Snapshots, new SearchRequest { Query = query, Size = SearchLimits.MaxPageSize, Expand = expand });

    public void Dispose()
    {
        Snapshots.Dispose();
        Directory.Dispose();
    }
}

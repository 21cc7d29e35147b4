using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Tests.Fixtures;

/// <summary>
/// An in-memory index where one language's articles are few among the other's, as in the portal's own: the Spanish
/// Fake News Corpus items (CC BY 4.0) beside the Reuters-21578 records on drugs or trafficking (research use, see
/// ../shared/data/news/SOURCES.md), about 200, read from the shared data and filtered here. About ten seconds.
/// </summary>
public sealed class NativeFirstIndexFixture : IDisposable
{
    private static readonly string[] ReutersTopics = ["drug", "cocaine", "narcotic", "traffick"];

    public NativeFirstIndexFixture()
    {
        Directory = new RAMDirectory();
        var reuters = Path.Combine(Path.GetTempPath(), $"reuters-drugs-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllLines(reuters, File.ReadLines(Path.Combine(TestPaths.News, "reuters21578.jsonl"))
                .Where(line => ReutersTopics.Any(t => line.Contains(t, StringComparison.OrdinalIgnoreCase))));
            var builder = TestIndexes.Builder();
            foreach (var input in new[] { MixedIndexFixture.SpanishNews, reuters }) builder.Build(input, Directory, new BuildOptions());
        }
        finally
        {
            File.Delete(reuters);
        }
        Snapshots = new IndexSnapshots(Directory);
    }

    public RAMDirectory Directory { get; }
    public IndexSnapshots Snapshots { get; }
    public ArticleSearcher Searcher { get; } = new();

    public SearchResponse Search(string query, bool expand = true) =>
        Searcher.Search(Snapshots, new SearchRequest { Query = query, Size = SearchLimits.MaxPageSize, Expand = expand });

    public void Dispose()
    {
        Snapshots.Dispose();
        Directory.Dispose();
    }
}

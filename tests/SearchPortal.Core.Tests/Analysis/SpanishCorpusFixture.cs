using Lucene.Net.Store;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Search;
using SearchPortal.Core.Tests.Fixtures;

namespace SearchPortal.Core.Tests.Analysis;

/// <summary>
/// Real Spanish news (the shared FakeDeS corpus, <see cref="MixedIndexFixture.SpanishNews"/>) indexed once through
/// the production pipeline, alone: <see cref="MixedIndexFixture"/> adds English seeds and hand-written mining
/// articles, which some of <see cref="SpanishCorpusTests"/>' queries find through concept expansion.
/// </summary>
public sealed class SpanishCorpusFixture : IDisposable
{
    public SpanishCorpusFixture()
    {
        TestIndexes.Builder().Build(MixedIndexFixture.SpanishNews, Directory, new BuildOptions());
        Snapshots = new IndexSnapshots(Directory);
        Articles = new Core.Ingestion.InputReader().Read(MixedIndexFixture.SpanishNews, _ => { })
            .GroupBy(a => a.Id).ToDictionary(g => g.Key, g => (g.Last().Title + "\n" + g.Last().Text).ToLowerInvariant());
    }

    public RAMDirectory Directory { get; } = new();
    public IndexSnapshots Snapshots { get; }
    public ArticleSearcher Searcher { get; } = new();
    public IReadOnlyDictionary<string, string> Articles { get; }

    public void Dispose()
    {
        Snapshots.Dispose();
        Directory.Dispose();
    }
}

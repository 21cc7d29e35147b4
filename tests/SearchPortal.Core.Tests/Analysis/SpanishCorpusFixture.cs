using Lucene.Net.Search;
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
        Manager = new SearcherManager(Directory, null);
        Searcher = TestIndexes.Searcher(Manager);
        Articles = new Core.Ingestion.InputReader().Read(MixedIndexFixture.SpanishNews, _ => { })
            .GroupBy(a => a.Id).ToDictionary(g => g.Key, g => (g.Last().Title + "\n" + g.Last().Text).ToLowerInvariant());
    }

    public RAMDirectory Directory { get; } = new();
    public SearcherManager Manager { get; }
    public ArticleSearcher Searcher { get; }
    public IReadOnlyDictionary<string, string> Articles { get; }

    public void Dispose()
    {
        Manager.Dispose();
        Directory.Dispose();
    }
}

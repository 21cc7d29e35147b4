using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Fixtures;

/// <summary>A small in-memory index of the given articles, written with the portal's schema, analyzers and similarity.</summary>
public sealed class ArticleIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public ArticleIndex(params Article[] articles)
    {
        var config = new IndexWriterConfig(LuceneDefaults.Version, ArticleSchema.CreateAnalyzer()) { Similarity = ArticleSchema.Similarity };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var article in articles) writer.AddDocument(ArticleDocumentBuilder.Build(article));
        }
        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader) { Similarity = ArticleSchema.Similarity };
    }

    public IndexSearcher Searcher { get; }

    /// <summary>Ids of the matching articles, best first.</summary>
    public IReadOnlyList<string> Ids(Query query) =>
        Searcher.Search(query, 100).ScoreDocs.Select(hit => Searcher.Doc(hit.Doc).Get(ArticleSchema.Id)).ToList();

    public static Article Article(string id, string text, string language = "en", string title = "Report") =>
        new() { Id = id, Source = id, Title = title, Text = text, Language = language };

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}

using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Indexing;

namespace SearchPortal.Core.Tests.Highlighting;

/// <summary>
/// An in-memory index of the highlighting corpus, built the way the indexer builds documents:
/// stored text/title/language, the same strings indexed with offsets into the language and exact
/// fields. Two documents per segment, so hits span several segments.
/// </summary>
public sealed class HighlightTestIndex : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public HighlightTestIndex()
    {
        var documents = JsonSerializer.Deserialize<List<HighlightTestDocument>>(
            File.ReadAllText(TestPaths.TestData("highlight-documents.json")), Json)!;
        var config = new IndexWriterConfig(LuceneDefaults.Version, ArticleSchema.CreateAnalyzer())
        {
            MaxBufferedDocs = 2,
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in documents) writer.AddDocument(ToLucene(document));
        }
        reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(reader);
    }

    public IndexSearcher Searcher { get; }

    public int DocId(string id)
    {
        var hits = Searcher.Search(new TermQuery(new Term(ArticleSchema.Id, id)), 1);
        Assert.Equal(1, hits.TotalHits);
        return hits.ScoreDocs[0].Doc;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private static Document ToLucene(HighlightTestDocument article)
    {
        var document = new Document
        {
            new StringField(ArticleSchema.Id, article.Id, Field.Store.YES),
            new StringField(ArticleSchema.Language, article.Language, Field.Store.YES),
            new StoredField(ArticleSchema.Text, article.Text),
            new StoredField(ArticleSchema.Title, article.Title),
            new Field(ArticleSchema.BodyFieldFor(article.Language), article.Text, ArticleSchema.TextWithOffsets),
            new Field(ArticleSchema.BodyExact, article.Text, ArticleSchema.TextWithOffsets),
            new Field(ArticleSchema.TitleFieldFor(article.Language), article.Title, ArticleSchema.TextWithOffsets),
            new Field(ArticleSchema.TitleExact, article.Title, ArticleSchema.TextWithOffsets),
        };
        if (article.Author is not null) document.Add(new TextField(ArticleSchema.Author, article.Author, Field.Store.YES));
        return document;
    }
}

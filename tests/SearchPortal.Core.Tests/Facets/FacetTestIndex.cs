using System.Globalization;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchPortal.Core.Analysis;
using SearchPortal.Core.Facets;
using SearchPortal.Core.Indexing;
using SearchPortal.Core.Ingestion;

namespace SearchPortal.Core.Tests.Facets;

/// <summary>Builds small in-memory indexes of <see cref="FacetDoc"/>s, committing every few documents to get several segments.</summary>
internal static class FacetTestIndex
{
    public const string IdField = "id";
    public const string TextField = "text";

    public static IReadOnlyList<FacetDoc> Corpus() =>
        File.ReadLines(TestPaths.TestData("facets-corpus.tsv"))
            .Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split('\t'))
            .Select(p => new FacetDoc(p[0], List(p[1]), int.Parse(p[2], CultureInfo.InvariantCulture), List(p[3]), p[4], p[5], p[6]))
            .ToList();

    public static RAMDirectory Build(IEnumerable<FacetDoc> docs, int commitEvery = 4)
    {
        var directory = new RAMDirectory();
        using var writer = OpenWriter(directory);
        var added = 0;
        foreach (var doc in docs)
        {
            Add(writer, doc);
            if (++added % commitEvery == 0) writer.Commit();
        }
        writer.Commit();
        return directory;
    }

    public static IndexWriter OpenWriter(Lucene.Net.Store.Directory directory) =>
        new(directory, new IndexWriterConfig(LuceneDefaults.Version, new StandardAnalyzer(LuceneDefaults.Version)));

    /// <summary>Adds a document with the facet values the indexer's mapping (<see cref="ArticleDocumentBuilder.AddFacets"/>) gives the article.</summary>
    public static void Add(IndexWriter writer, FacetDoc doc)
    {
        var document = new Document
        {
            new StringField(IdField, doc.Id, Field.Store.YES),
            new TextField(TextField, doc.Text, Field.Store.NO),
        };
        var article = new Article
        {
            Id = doc.Id,
            Source = doc.Id,
            Title = doc.Id,
            Text = doc.Text,
            Regions = doc.Regions,
            RegionMentions = doc.RegionMentions,
            CrimeTypes = doc.Crimes,
            CrimeTypeMentions = doc.CrimeMentions,
            Groups = doc.Groups,
            GroupMentions = doc.GroupMentions,
            Outlet = doc.Outlet,
            Language = doc.Language,
            Published = doc.Year is { } year ? new DateOnly(year, 6, 1) : null,
        };
        ArticleDocumentBuilder.AddFacets(document, article);
        writer.AddDocument(document);
    }

    /// <summary>Runs a faceted search and returns the ids of the hits, sorted, with the facet results.</summary>
    public static (List<string> Ids, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets) Run(
        IndexSearcher searcher, FacetSelection selection, Query? query = null, int topN = 10)
    {
        var collector = TopScoreDocCollector.Create(1000, true);
        var facets = FacetedSearch.Run(searcher, query, selection, collector, topN);
        var ids = collector.GetTopDocs().ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get(IdField)).Order(StringComparer.Ordinal).ToList();
        return (ids, facets);
    }

    /// <summary>The count of a value anywhere in a facet list (children included); null when not listed.</summary>
    public static int? CountOf(IEnumerable<FacetValue> values, string value) =>
        Flatten(values).FirstOrDefault(v => v.Value == value)?.Count;

    public static IEnumerable<FacetValue> Flatten(IEnumerable<FacetValue> values) =>
        values.SelectMany(v => Flatten(v.Children).Prepend(v));

    private static string[] List(string field) => field.Length == 0 ? [] : field.Split('|');
}
